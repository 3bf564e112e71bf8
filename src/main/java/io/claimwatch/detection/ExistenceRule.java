package io.claimwatch.detection;

import io.claimwatch.analysis.Aspect;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "There are no foreign troops in the city" denies that such troops are there, whatever a claim
 * about them says they did: "foreign troops entered the city" presupposes them. The existential has
 * no subject, so it is matched on its words: every one must be said by the other claim.
 */
final class ExistenceRule implements Rule.Directed {

    private static final Pattern THERE_IS = Pattern.compile(
            "(?i)\\bthere\\s+(?:is|are|was|were|will\\s+be|(?:has|have|had)\\s+been)\\b");

    private final Alignment alignment;

    ExistenceRule(Alignment alignment) {
        this.alignment = alignment;
    }

    @Override
    public String name() {
        return "existence";
    }

    /** {@code n} holds the denied existential, {@code p} a claim that takes the thing to exist. */
    @Override
    public Finding directed(Side n, Claim denied, Side p, Claim asserted) {
        if (!existential(denied) || denied.polarity() != Polarity.NEGATIVE) {
            return Finding.declined(0, "existence: no \"there is no X\" claim");
        }
        if (!denied.quantities().isEmpty()) {
            return Finding.declined(0, "existence: \"there are not 15\" denies a count, not the things");
        }
        if (asserted.polarity() != Polarity.POSITIVE || asserted.modality() != Modality.ASSERTED
                || denied.modality() != Modality.ASSERTED) {
            return Finding.declined(1, "modality or polarity: the other claim is no flat assertion");
        }
        Set<String> words = Alignment.bag(asserted);
        double coverage = alignment.coverage(denied, words, Set.of());
        if (coverage < 1.0) {
            return Finding.declined(2, "coverage: the other claim does not name " + alignment.uncovered(denied, words));
        }
        // "there has been no eruption" names nothing but the event: whatever erupted, it denies the eruption
        boolean bareEvent = denied.terms().stream().filter(Alignment::salient)
                .allMatch(term -> alignment.covers(Set.of(asserted.predicate()), term));
        if (!bareEvent && !alignment.subjectCovered(asserted, Alignment.bag(denied))) {
            // "no reports of the singer's death" is not about "the singer's manager died"
            return Finding.declined(3, "subject: " + asserted.subject() + " is more than the denied thing");
        }
        double confidence = Confidence.of(coverage);
        List<String> evidence = List.of(denied.negationCue() == null ? "no" : denied.negationCue(),
                asserted.predicateText() == null ? asserted.predicate() : asserted.predicateText());
        if (asserted.aspect() == Aspect.PAST || asserted.aspect() == Aspect.PERFECT) {
            // "it happened (on d)" against "there was no such thing" said on t: a clash if it happened by t
            return Finding.found(switch (Timeline.check(p.about(asserted), n.view().statedOn())) {
                case CERTAIN -> Explanations.conflict(Kind.NEGATION, confidence, n, denied, p, asserted, evidence);
                case POSSIBLE -> Explanations.possibleConflict(Kind.NEGATION, Confidence.uncertain(confidence), n, denied, p, asserted, evidence);
                case CONSISTENT -> Explanations.reversal(Kind.NEGATION, confidence, n, denied, p, asserted, evidence);
            });
        }
        DateSpan a = n.about(denied);
        DateSpan b = p.about(asserted);
        if (!a.overlaps(b)) {
            return Finding.found(Explanations.reversal(Kind.NEGATION, confidence, n, denied, p, asserted, evidence));
        }
        if (a.equals(b) && a.isExact()) {
            return Finding.found(Explanations.conflict(Kind.NEGATION, confidence, n, denied, p, asserted, evidence));
        }
        return Finding.found(Explanations.possibleConflict(Kind.NEGATION, Confidence.uncertain(confidence), n, denied, p, asserted, evidence));
    }

    /** "There is/are/was (no) X": a copula with nothing but "there" before it. */
    static boolean existential(Claim c) {
        return c.predicate().equals("be") && c.subject().stream().noneMatch(Alignment::salient)
                && c.text() != null && THERE_IS.matcher(c.text()).find();
    }
}
