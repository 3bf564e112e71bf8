package io.claimwatch.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Counting days, weeks, months and years on from a day (lexicon/calendar-units.txt). */
public final class CalendarUnits {

    private static final Map<String, String> SLACK = LexiconFile.load("calendar-units").pairs();

    private CalendarUnits() {}

    /** {@code n} of {@code unit} ("week") after {@code day} (before it when negative); empty for a word no unit. */
    public static Optional<LocalDate> plus(LocalDate day, String unit, long n) {
        return SLACK.containsKey(unit)
                ? Optional.of(day.plus(n, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S"))) : Optional.empty();
    }

    /** How many days either side a count of {@code unit} may miss by; only for a unit {@link #plus} knows. */
    static long slack(String unit) {
        return Long.parseLong(SLACK.get(unit));
    }
}
