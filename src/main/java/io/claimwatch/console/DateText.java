package io.claimwatch.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A statedOn value as a reader says it, with its precision: "17 Feb 2016", "Feb 2016", "between 8 and 15 Feb 2016". */
public final class DateText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private DateText() {
    }

    public static String describe(String iso) {
        if (iso == null || iso.isBlank()) {
            return "undated";
        }
        try {
            int slash = iso.indexOf('/');
            if (slash > 0) {
                return "between " + describe(iso.substring(0, slash)) + " and " + describe(iso.substring(slash + 1));
            }
            return switch (iso.length()) {
                case 4 -> "sometime in " + iso;
                case 7 -> "sometime in " + YearMonth.parse(iso).format(MONTH);
                default -> LocalDate.parse(iso).format(DAY);
            };
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** "day", "month", "year" or "range": how exact the date is. */
    public static String precision(String iso) {
        if (iso == null || iso.isBlank()) {
            return "none";
        }
        if (iso.contains("/")) {
            return "range";
        }
        return iso.length() == 4 ? "year" : iso.length() == 7 ? "month" : "day";
    }
}
