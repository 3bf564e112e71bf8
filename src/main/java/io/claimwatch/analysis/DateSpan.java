package io.claimwatch.analysis;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A date known to day, month or year precision, or an interval of such dates, reduced to the
 * earliest and latest day it may be. Detection reasons with both ends, so an uncertain date
 * never pretends to be exact.
 */
public record DateSpan(LocalDate earliest, LocalDate latest) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public DateSpan {
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("the interval ends (" + latest + ") before it starts (" + earliest + ")");
        }
    }

    public static DateSpan ofDay(LocalDate day) {
        return new DateSpan(day, day);
    }

    /** Parses {@code 2016}, {@code 2016-02}, {@code 2016-02-17} or {@code 2016-02-08/2016-02-15}. */
    public static DateSpan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date is required");
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        if (slash >= 0) {
            DateSpan from = parseSingle(trimmed.substring(0, slash));
            DateSpan to = parseSingle(trimmed.substring(slash + 1));
            return new DateSpan(from.earliest, to.latest);
        }
        return parseSingle(trimmed);
    }

    private static DateSpan parseSingle(String text) {
        try {
            if (DAY.matcher(text).matches()) {
                return ofDay(LocalDate.parse(text));
            }
            if (MONTH.matcher(text).matches()) {
                YearMonth month = YearMonth.parse(text);
                return new DateSpan(month.atDay(1), month.atEndOfMonth());
            }
            if (YEAR.matcher(text).matches()) {
                Year year = Year.parse(text);
                return new DateSpan(year.atDay(1), year.atMonth(12).atEndOfMonth());
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date");
        }
        throw new IllegalArgumentException("'" + text + "' is not YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B of those");
    }

    public boolean isExact() {
        return earliest.equals(latest);
    }

    /** Days between the two ends; 0 for an exact day. */
    public long uncertaintyDays() {
        return ChronoUnit.DAYS.between(earliest, latest);
    }

    /** True when every day of this span lies strictly before every day of the other. */
    public boolean entirelyBefore(DateSpan other) {
        return latest.isBefore(other.earliest);
    }

    public boolean overlaps(DateSpan other) {
        return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }

    @Override
    public String toString() {
        return isExact() ? earliest.toString() : earliest + "/" + latest;
    }
}
