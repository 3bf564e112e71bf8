package io.claimwatch.detection;

import io.claimwatch.analysis.Bound;
import io.claimwatch.analysis.CalendarUnits;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.LexiconFile;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A plan said to last ("the bridge will remain closed for at least three months") is about the days
 * from when it was said to the end of that span, so "will reopen next week", said the same day, falls
 * within it; so does one with no end ("until further notice").
 */
final class Lasting {

    private static final Set<Bound> AT_LEAST_AS_LONG = Set.of(Bound.EXACT, Bound.ABOUT, Bound.AT_LEAST, Bound.MORE_THAN);

    /** Counts beyond this many days, months or years say no span a calendar holds ("for 10^12 days"). */
    private static final double LONGEST = 1000;

    private static final List<String> OPEN_ENDED = List.copyOf(LexiconFile.load("open-ended-phrases").words());

    private Lasting() {}

    /** The span a plan without a date of its own lasts from {@code said}, or {@code said} itself. */
    static DateSpan from(DateSpan said, Claim c) {
        if (c.modality() != Modality.PLANNED || c.text() == null) {
            return said;
        }
        String text = c.text().toLowerCase(Locale.ROOT);
        if (OPEN_ENDED.stream().anyMatch(text::contains)) {
            return new DateSpan(said.earliest(), said.latest().plusYears(1)); // "until further notice": a year is enough to meet
        }
        for (Quantity q : c.quantities()) {
            if (!AT_LEAST_AS_LONG.contains(q.bound()) || q.value() < 1 || q.value() > LONGEST
                    || !text.contains("for " + q.text().split(" ")[0])) {
                continue;
            }
            // a count of calendar units (weeks are counted in days by then); "for 40 miles" is none
            Optional<LocalDate> end = CalendarUnits.plus(said.latest(), q.counts(), (long) q.value());
            if (end.isPresent()) {
                return new DateSpan(said.earliest(), end.get());
            }
        }
        return said;
    }
}
