package io.claimwatch.detection;

import io.claimwatch.analysis.Aspect;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.FollowingWords;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.LexiconFile;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two different subjects said to hold the one place only one can hold: "Lopez won the election" /
 * "Okafor won the election", "Diaz was elected mayor" / "Park was elected mayor"
 * (lexicon/exclusive-predicates.txt). The place must be definite ("the election", a bare role):
 * "won a medal" and "was named a director" are places many hold.
 */
final class ExclusiveRule implements Rule.ClaimPair {

    private static final Map<String, String> PREDICATES = LexiconFile.load("exclusive-predicates").pairs();
    private static final String DEFINITE = "the";
    private static final Set<String> INDEFINITE = LexiconFile.load("determiners").withField("indefinite");
    private static final String WIN = "win";
    /** "was named in the report", "was elected to parliament": a preposition, not a role. */
    private static final Set<String> FUNCTION_WORDS = LexiconFile.load("function-words").words();
    private static final Set<String> PLACES = LexiconFile.load("exclusive-places").words().stream()
            .map(Lexicon::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** How far apart two reports of one past outcome may be said. */

    private final Alignment alignment;
    private final Lexicon lexicon;

    ExclusiveRule(Alignment alignment, Lexicon lexicon) {
        this.alignment = alignment;
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "exclusive";
    }

    @Override
    public Finding apply(Side x, Claim cx, Side y, Claim cy) {
        if (cx.polarity() != Polarity.POSITIVE || cy.polarity() != Polarity.POSITIVE
                || cx.modality() != Modality.ASSERTED || cy.modality() != Modality.ASSERTED) {
            return Finding.declined(1, "polarity or modality: only two flat assertions name two holders");
        }
        String form = PREDICATES.get(cx.predicate());
        if (form == null || !cx.predicate().equals(cy.predicate())) {
            return Finding.declined(2, "predicates: not one place only one can hold");
        }
        if (cx.predicate().equals(WIN) && beatEachOther(cx, cy) && x.about(cx).overlaps(y.about(cy))) {
            // "Liverpool beat Chelsea on Sunday" / "Chelsea beat Liverpool on Sunday": one match, two winners
            return Finding.found(Explanations.conflict(Kind.EXCLUSIVE, Confidence.of(1), x, cx, y, cy,
                    List.of(String.join(" ", cx.subject()), String.join(" ", cy.subject()))));
        }
        if (!definite(cx, form) || !definite(cy, form)) {
            return Finding.declined(3, "place: not a definite place (\"the election\", a bare role)");
        }
        if (cx.quantifier() != null || cy.quantifier() != null || !cx.quantities().isEmpty() || !cy.quantities().isEmpty()) {
            return Finding.declined(3, "place: a count or a quantifier names several holders");
        }
        Set<String> sx = Alignment.salientOnly(cx.subject());
        Set<String> sy = Alignment.salientOnly(cy.subject());
        if (sx.isEmpty() || sy.isEmpty() || sx.stream().anyMatch(sy::contains) || alignment.equativeSwap(cx, cy)) {
            return Finding.declined(4, "holders: not two different named holders");
        }
        if (!(named(cx) && named(cy))) {
            // "the driver is the owner" / "the passenger is the owner", "the home side" / "Liverpool": two descriptions may be one
            return Finding.declined(4, "holders: two names are needed, not descriptions");
        }
        if (cx.predicate().equals(WIN) && cx.arguments().stream().noneMatch(PLACES::contains)) { // keys: "election" is "elect"
            return Finding.declined(3, "place: not something only one can win (\"the election\", \"the final\")");
        }
        Set<String> subjects = new HashSet<>(cx.subject());
        subjects.addAll(cy.subject());
        double cxy = alignment.coverage(cx, Alignment.bag(cy), subjects);
        double cyx = alignment.coverage(cy, Alignment.bag(cx), subjects);
        if (cxy < 1 || cyx < 1) {
            return Finding.declined(5, "place: the two claims name different places");
        }
        boolean sameTime = x.about(cx).overlaps(y.about(cy));
        // two reports of one outcome, days apart; not "won the French Open" said in two different years
        boolean settledPast = AntonymRule.isPast(cx) && AntonymRule.isPast(cy) && !AntonymRule.ownTimesDiffer(cx, cy) && cx.timeSpan().isEmpty()
                && cy.timeSpan().isEmpty() && daysApart(x, y) <= Timeline.NEWS_CYCLE_DAYS;
        if (!sameTime && !settledPast) {
            return Finding.declined(6, "times: two holders at different times");
        }
        return Finding.found(Explanations.conflict(Kind.EXCLUSIVE, Confidence.of(1), x, cx, y, cy,
                List.of(String.join(" ", sx), String.join(" ", sy))));
    }

    /** Each names the other's winner as the side it beat, right after its verb. */
    private static boolean beatEachOther(Claim cx, Claim cy) {
        return !cx.subject().isEmpty() && !cy.subject().isEmpty() && !cx.subject().equals(cy.subject())
                && beaten(cx, cy.subject()) && beaten(cy, cx.subject());
    }

    private static boolean beaten(Claim c, List<String> other) {
        List<String> after = io.claimwatch.analysis.FollowingWords.of(c).stream().filter(w -> !w.equals(DEFINITE)).toList();
        if (after.size() < other.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (!after.get(i).startsWith(other.get(i))) { // "tigers" for the lemma "tiger"
                return false;
            }
        }
        return true;
    }

    /**
     * A subject written as a name: capitalised after the first word ("the Lions"), or first and
     * either unknown to WordNet ("Lopez") or a bare singular no common noun stands as ("Park won").
     */
    private boolean named(Claim c) {
        String[] words = c.text().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("\\P{L}", "");
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (w.isEmpty() || c.subject().stream().noneMatch(lower::startsWith)) {
                continue;
            }
            if (i > 0 ? Character.isUpperCase(w.charAt(0))
                    : !lexicon.isNoun(lower) || c.subject().size() == 1 && !lower.endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    private static long daysApart(Side x, Side y) {
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x.view().statedOn().earliest(), y.view().statedOn().earliest()));
    }


    /** "the" right after the verb, or (a passive of a role) no article or number before the role. */
    private static boolean definite(Claim c, String form) {
        List<String> after = FollowingWords.of(c);
        if (after.isEmpty()) {
            return false;
        }
        String first = after.get(0);
        return form.equals(DEFINITE) ? !c.passive() && (first.equals(DEFINITE) || victoryIn(c, after))
                : c.passive() && !FUNCTION_WORDS.contains(first) && !INDEFINITE.contains(first) && !Character.isDigit(first.charAt(0));
    }

    /** "beat Chelsea in the cup final": a win over a side, in a definite contest after it. */
    private static boolean victoryIn(Claim c, List<String> after) {
        if (!io.claimwatch.analysis.Victories.saidByVictoryVerb(c)) {
            return false;
        }
        int in = after.indexOf("in");
        return in > 0 && in + 1 < after.size() && after.get(in + 1).equals(DEFINITE);
    }
}
