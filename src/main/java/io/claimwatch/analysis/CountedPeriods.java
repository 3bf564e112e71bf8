package io.claimwatch.analysis;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Times counted from the day a statement was made: "will reopen in two weeks" (of a claim about the
 * future only: "rose 5% in two weeks" is a duration) and "closed three days ago". A count of weeks,
 * months or years is approximate, so the span is widened by its unit's slack (lexicon/calendar-units.txt).
 */
final class CountedPeriods {

    private static final String IN = "in";
    private static final String AGO = "ago";

    /** "a week", "two weeks" (the words intake reads relative dates with). */
    private static final java.util.Map<String, String> NUMBER_WORDS = LexiconFile.load("intake-numbers").pairs();

    private CountedPeriods() {}

    /** The span the words from {@code i} on name ("in", a number, a unit; a number, a unit, "ago"), if they do. */
    static Optional<DateSpan> find(List<Token> t, int i, DateSpan statedOn, BitSet used, boolean ahead) {
        if (ahead && t.get(i).lower().equals(IN) && i + 2 < t.size()) {
            Optional<DateSpan> span = span(t.get(i + 1), t.get(i + 2), statedOn.latest(), 1);
            span.ifPresent(s -> used.set(i, i + 3));
            return span;
        }
        if (i + 2 < t.size() && t.get(i + 2).lower().equals(AGO) && !bounded(t, i)) {
            Optional<DateSpan> span = span(t.get(i), t.get(i + 1), statedOn.earliest(), -1);
            span.ifPresent(s -> used.set(i, i + 3));
            return span;
        }
        return Optional.empty();
    }

    /** "more than six months ago", "nearly a year ago": a bounded count stays a quantity, compared as one. */
    private static boolean bounded(List<Token> t, int i) {
        String one = i > 0 ? t.get(i - 1).lower() : "";
        String two = i > 1 ? t.get(i - 2).lower() + " " + one : "";
        return Quantities.bound(one) != null || Quantities.bound(two) != null;
    }

    private static Optional<DateSpan> span(Token count, Token unit, LocalDate from, int sign) {
        String word = NUMBER_WORDS.get(count.lower());
        Double n = word != null ? Double.valueOf(word) : Quantities.number(count);
        if (n == null || n < 1 || n != Math.floor(n) || n > 1000) {
            return Optional.empty();
        }
        String counted = unit.lemma();
        return CalendarUnits.plus(from, counted, sign * n.longValue())
                .map(day -> new DateSpan(day.minusDays(CalendarUnits.slack(counted)), day.plusDays(CalendarUnits.slack(counted))));
    }
}
