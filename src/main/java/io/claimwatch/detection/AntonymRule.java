package io.claimwatch.detection;

import io.claimwatch.analysis.Aspect;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two assertions about the same thing that use opposite words: opposite predicates ("opened" /
 * "closed") or one opposite word in otherwise matching claims ("the largest rocket" / "the
 * smallest rocket").
 */
final class AntonymRule {

    private final Alignment alignment;
    private final Lexicon lexicon;

    AntonymRule(Alignment alignment, Lexicon lexicon) {
        this.alignment = alignment;
        this.lexicon = lexicon;
    }

    Optional<Verdict> apply(Side x, Claim cx, Side y, Claim cy) {
        if (cx.polarity() != Polarity.POSITIVE || cy.polarity() != Polarity.POSITIVE
                || cx.modality() != cy.modality() || cx.modality() == Modality.HEDGED || partial(cx) || partial(cy)) {
            return Optional.empty();
        }
        if (lexicon.antonyms(cx.predicate(), cy.predicate())) {
            double cxy = alignment.coverage(cx, Alignment.bag(cy), Set.of());
            double cyx = alignment.coverage(cy, Alignment.bag(cx), Set.of());
            if (cxy >= NegationRule.MIN_COVERAGE && cyx >= NegationRule.MIN_COVERAGE) {
                return Optional.of(verdict(x, cx, y, cy, List.of(cx.predicate(), cy.predicate()), Math.min(cxy, cyx)));
            }
            return Optional.empty();
        }
        if (!alignment.samePredicate(cx, cy) || !alignment.rolesAgree(cx, cy)) {
            return Optional.empty();
        }
        Set<String> onlyX = alignment.uncovered(cx, Alignment.bag(cy));
        Set<String> onlyY = alignment.uncovered(cy, Alignment.bag(cx));
        for (String u : onlyX) {
            for (String v : onlyY) {
                if (lexicon.antonyms(u, v)) {
                    double cxy = alignment.coverage(cx, Alignment.bag(cy), Set.of(u));
                    double cyx = alignment.coverage(cy, Alignment.bag(cx), Set.of(v));
                    if (cxy >= NegationRule.MIN_COVERAGE && cyx >= NegationRule.MIN_COVERAGE) {
                        return Optional.of(verdict(x, cx, y, cy, List.of(u, v), Math.min(cxy, cyx)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Verdict verdict(Side x, Claim cx, Side y, Claim cy, List<String> words, double coverage) {
        double confidence = Math.min(0.95, 0.5 + 0.4 * coverage);
        boolean sameTime = x.about(cx).overlaps(y.about(cy));
        boolean settledPast = isPast(cx) && isPast(cy) && cx.eventuality() != Eventuality.STATE;
        if (sameTime || settledPast) {
            boolean exact = x.about(cx).isExact() && x.about(cx).equals(y.about(cy));
            return exact || settledPast ? Explanations.conflict(Kind.ANTONYM, confidence, x, cx, y, cy, words)
                    : Explanations.possibleConflict(Kind.ANTONYM, confidence * 0.6, x, cx, y, cy, words);
        }
        return Explanations.reversal(Kind.ANTONYM, confidence, x, cx, y, cy, words);
    }

    /** "Some statements were clear" and "some statements were unclear" can both be true. */
    static boolean partial(Claim c) {
        return "some".equals(c.quantifier()) || "most".equals(c.quantifier());
    }

    private static boolean isPast(Claim c) {
        return c.aspect() == Aspect.PAST || c.aspect() == Aspect.PERFECT;
    }
}
