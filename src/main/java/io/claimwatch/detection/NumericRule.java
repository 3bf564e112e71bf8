package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.LexiconFile;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import io.claimwatch.analysis.Quantity;
import java.util.List;
import java.util.Set;

/**
 * Different numbers for the same count. Ranges come from the bounds ("at least 19" is 19 and
 * up). A count that only grows (the dead, the arrested) may rise in a later report; it clashes
 * only if it shrinks, or if two reports of the same day disagree.
 */
final class NumericRule implements Rule.ClaimPair {

    /** "rose to 40" and "stands at 35" both just give the count's value. */
    private static final Set<String> COUNT_VERBS = LexiconFile.load("count-verbs").words();
    /** The words of each unit as terms ("years old": year, old), by what the unit measures (lexicon/units.txt). */
    private static final java.util.Map<String, Set<String>> UNIT_WORDS = new java.util.HashMap<>();
    /** Measures of one whole thing (an age, a clock time): no report counts a part of them. */
    private static final Set<String> WHOLE_MEASURES = LexiconFile.load("whole-measures").words();

    static {
        for (List<String> row : LexiconFile.load("units").rows()) {
            for (String word : row.get(0).split(" ")) {
                Set<String> words = UNIT_WORDS.computeIfAbsent(row.get(1), k -> new java.util.HashSet<>());
                words.add(Lexicon.key(word));
                words.add(Lexicon.key(word.replaceFirst("s$", "")));
            }
        }
    }

    private final Alignment alignment;
    private final Lexicon lexicon;

    NumericRule(Alignment alignment, Lexicon lexicon) {
        this.alignment = alignment;
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "numeric";
    }

    @Override
    public Finding apply(Side x, Claim cx, Side y, Claim cy) {
        if (cx.quantities().isEmpty() || cy.quantities().isEmpty()) {
            return Finding.declined(0, "numbers: not both claims state a number");
        }
        if (cx.polarity() != Polarity.POSITIVE || cy.polarity() != Polarity.POSITIVE || cx.modality() != cy.modality()
                || cx.modality() == Modality.HEDGED) {
            return Finding.declined(1, "polarity or modality: numbers clash only between two claims of the same standing");
        }
        if (!alignment.samePredicate(cx, cy) && !(COUNT_VERBS.contains(cx.predicate()) && COUNT_VERBS.contains(cy.predicate()))
                && !(ages(cx) && ages(cy))) {
            return Finding.declined(2, "predicates: \"" + cx.predicate() + "\" and \"" + cy.predicate() + "\" differ");
        }
        boolean ages = describedAge(cx) && describedAge(cy) && alignment.covered(cx.subject(), cy.subject())
                && alignment.covered(cy.subject(), cx.subject());
        if (!alignment.rolesAgree(cx, cy) && !ages) {
            return Finding.declined(3, "roles: the subject of one is the object of the other");
        }
        if (PlaceScope.oppositePlaces(cx, cy, lexicon)) {
            return Finding.declined(3, "places: the figures are of two places (\"in the east\" / \"in the west\")");
        }
        Finding best = Finding.declined(4, "counts: the numbers count different things");
        for (Quantity qx : cx.quantities()) {
            for (Quantity qy : cy.quantities()) {
                if (qx.counts().isEmpty() || !sameCount(qx, cx, qy, cy)) {
                    continue;
                }
                if (agrees(qx, cx, cy) || agrees(qy, cy, cx)) {
                    best = Finding.better(best, Finding.declined(5, "numbers agree: " + qx.text() + " and " + qy.text()));
                    continue; // the other side states this number too: the clash is with another count
                }
                Set<String> ignore = new java.util.HashSet<>(List.of(qx.counts(), qy.counts()));
                ignore.addAll(UNIT_WORDS.getOrDefault(qx.counts(), Set.of())); // "43 years old": "year", "old" are the unit
                ignore.addAll(UNIT_WORDS.getOrDefault(qy.counts(), Set.of()));
                ignore.addAll(words(qx.text())); // "fewer than", "a.m.": the number's own words
                ignore.addAll(words(qy.text()));
                if (ages) {
                    // "is a 19-year-old man from Leeds" / "the suspect, aged 24": the rest describes the same person
                    ignore.addAll(cx.arguments());
                    ignore.addAll(cy.arguments());
                }
                if (cx.passive() != cy.passive() && cx.predicate().equals(cy.predicate()) && AntonymRule.SINGLE_AGENT.contains(cx.predicate())) {
                    // "30 were arrested" / "police arrested three": the one body that does it, left unsaid by the passive
                    ignore.addAll((cx.passive() ? cy : cx).subject());
                }
                double cxy = alignment.coverage(cx, Alignment.bag(cy), ignore);
                double cyx = alignment.coverage(cy, Alignment.bag(cx), ignore);
                double narrow = Math.max(cxy == -1 ? 1 : cxy, cyx == -1 ? 1 : cyx);
                double broad = Math.min(cxy == -1 ? 1 : cxy, cyx == -1 ? 1 : cyx);
                if (narrow < NegationRule.MIN_COVERAGE || broad < 0.5) {
                    // the shorter report must be inside the longer one; the longer may add detail
                    best = Finding.better(best, Finding.declined(6, "coverage: the counts are of different events"));
                    continue;
                }
                if (!WHOLE_MEASURES.contains(qx.counts())
                        && part(alignment.uncovered(cx, Alignment.bag(cy)), qx, alignment.uncovered(cy, Alignment.bag(cx)), qy, ignore)) {
                    best = Finding.better(best, Finding.declined(6, "part: the report with more detail may count a part of the other's"));
                    continue;
                }
                Finding finding = judge(x, cx, qx, y, cy, qy, Math.min(Math.abs(cxy), Math.abs(cyx)));
                if (finding.found().isPresent()) {
                    return finding;
                }
                best = Finding.better(best, finding);
            }
        }
        return best;
    }

    /** "is a 19-year-old man", "aged 24": an age is its subject's, whatever the verb says besides. */
    private static boolean ages(Claim c) {
        return c.quantities().stream().anyMatch(q -> q.counts().equals(Quantity.AGE));
    }

    /** "the suspect, aged 24": the verb "age" giving the age. */
    private static final String AGED = Lexicon.key("age");

    /** An age said of a named subject by a copula or by "aged": "is a 19-year-old man", "the suspect, aged 24". */
    private static boolean describedAge(Claim c) {
        return ages(c) && !Alignment.salientOnly(c.subject()).isEmpty() && (Lexicon.isLight(c.predicate()) || c.predicate().equals(AGED));
    }

    /**
     * "Employs 3,000 people in Germany" against "employs 5,000 people": the side whose words the other
     * does not all cover says more, so it may count a part; a smaller number there is no clash.
     */
    private static boolean part(Set<String> onlyX, Quantity qx, Set<String> onlyY, Quantity qy, Set<String> ignore) {
        Set<String> x = new java.util.HashSet<>(words(String.join(" ", onlyX)));
        Set<String> y = new java.util.HashSet<>(words(String.join(" ", onlyY)));
        x.removeAll(ignore);
        y.removeAll(ignore);
        x.remove("");
        y.remove("");
        boolean xSaysMore = !x.isEmpty() && y.isEmpty();
        boolean ySaysMore = !y.isEmpty() && x.isEmpty();
        return xSaysMore && qx.high() < qy.low() || ySaysMore && qy.high() < qx.low();
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .map(w -> Lexicon.key(w.replaceAll("^\\p{P}+|\\p{P}+$", ""))).toList();
    }

    private boolean sameCount(Quantity qx, Claim cx, Quantity qy, Claim cy) {
        return lexicon.entails(qx.counts(), qy.counts()) || lexicon.entails(qy.counts(), qx.counts())
                || countsVictims(qx, cx, qy) || countsVictims(qy, cy, qx);
    }

    /**
     * "Two deaths" (a count of the claim's own event) and "five people died" (a count of anyone it
     * happened to) count the same: one death a person; so do "has 300 employees" (read as employ)
     * and "employs 800 people". Not "five soldiers", who may be some of them.
     */
    private static boolean countsVictims(Quantity events, Claim c, Quantity people) {
        return (events.counts().equals(c.predicate()) || Lexicon.eventNounOf(c.predicate(), events.counts()))
                && Lexicon.PERSON.contains(people.counts());
    }

    private boolean agrees(Quantity q, Claim own, Claim other) {
        for (Quantity o : other.quantities()) {
            if (sameCount(q, own, o, other) && q.overlaps(o)) {
                return true;
            }
        }
        return false;
    }

    private Finding judge(Side x, Claim cx, Quantity qx, Side y, Claim cy, Quantity qy, double coverage) {
        double confidence = Confidence.of(coverage);
        List<String> evidence = List.of(qx.text(), qy.text());
        boolean sameTime = x.about(cx).overlaps(y.about(cy));
        if (!sameTime && (qx.isTimeOfDay() || qy.isTimeOfDay())) {
            return Finding.declined(8, "days: " + qx.text() + " and " + qy.text() + " are times of different days");
        }
        if (sameTime) {
            boolean exact = x.about(cx).equals(y.about(cy)) && x.about(cx).isExact();
            return Finding.found(Explanations.numeric(Relation.CONFLICT, exact ? confidence : Confidence.uncertain(confidence),
                    x, cx, y, cy, evidence));
        }
        boolean xEarlier = x.about(cx).entirelyBefore(y.about(cy));
        Quantity earlier = xEarlier ? qx : qy;
        Quantity later = xEarlier ? qy : qx;
        if (qx.growsOnly() || qy.growsOnly()) {
            if (later.high() < earlier.low()) {
                return Finding.found(Explanations.numeric(Relation.CONFLICT, confidence, x, cx, y, cy, evidence));
            }
            // a toll that rose in a later report is news, not a contradiction
            return Finding.declined(7, "development: a count that only grows rose from " + earlier.text() + " to " + later.text());
        }
        if (AntonymRule.separateEvents(cx, cy)) {
            // "rose 4% in April" / "rose 1% in March": two events, not one number changing
            return Finding.declined(7, "dates: two events, each on a time of its own");
        }
        return Finding.found(Explanations.numeric(Relation.REVERSAL, confidence, x, cx, y, cy, evidence));
    }
}
