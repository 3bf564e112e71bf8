package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import io.claimwatch.analysis.Quantity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Different numbers for the same count. Ranges come from the bounds ("at least 19" is 19 and
 * up). A count that only grows (the dead, the arrested) may rise in a later report; it clashes
 * only if it shrinks, or if two reports of the same day disagree.
 */
final class NumericRule {

    private final Alignment alignment;
    private final Lexicon lexicon;

    NumericRule(Alignment alignment, Lexicon lexicon) {
        this.alignment = alignment;
        this.lexicon = lexicon;
    }

    Optional<Verdict> apply(Side x, Claim cx, Side y, Claim cy) {
        if (cx.quantities().isEmpty() || cy.quantities().isEmpty() || cx.polarity() != Polarity.POSITIVE
                || cy.polarity() != Polarity.POSITIVE || cx.modality() != cy.modality() || cx.modality() == Modality.HEDGED
                || !alignment.samePredicate(cx, cy) || !alignment.rolesAgree(cx, cy)) {
            return Optional.empty();
        }
        for (Quantity qx : cx.quantities()) {
            for (Quantity qy : cy.quantities()) {
                if (qx.counts().isEmpty() || !(lexicon.entails(qx.counts(), qy.counts()) || lexicon.entails(qy.counts(), qx.counts()))) {
                    continue;
                }
                if (agrees(qx, cy) || agrees(qy, cx)) {
                    continue; // the other side states this number too: the clash is with another count
                }
                Set<String> ignore = new java.util.HashSet<>(List.of(qx.counts(), qy.counts()));
                double cxy = alignment.coverage(cx, Alignment.bag(cy), ignore);
                double cyx = alignment.coverage(cy, Alignment.bag(cx), ignore);
                double narrow = Math.max(cxy == -1 ? 1 : cxy, cyx == -1 ? 1 : cyx);
                double broad = Math.min(cxy == -1 ? 1 : cxy, cyx == -1 ? 1 : cyx);
                if (narrow < NegationRule.MIN_COVERAGE || broad < 0.5) {
                    continue; // the shorter report must be inside the longer one; the longer may add detail
                }
                Optional<Verdict> verdict = judge(x, cx, qx, y, cy, qy, Math.min(Math.abs(cxy), Math.abs(cyx)));
                if (verdict.isPresent()) {
                    return verdict;
                }
            }
        }
        return Optional.empty();
    }

    private boolean agrees(Quantity q, Claim other) {
        for (Quantity o : other.quantities()) {
            boolean same = lexicon.entails(q.counts(), o.counts()) || lexicon.entails(o.counts(), q.counts());
            if (same && q.low() <= o.high() && o.low() <= q.high()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Verdict> judge(Side x, Claim cx, Quantity qx, Side y, Claim cy, Quantity qy, double coverage) {
        double confidence = Math.min(0.95, 0.5 + 0.4 * coverage);
        List<String> evidence = List.of(qx.text(), qy.text());
        boolean sameTime = x.about(cx).overlaps(y.about(cy));
        if (sameTime) {
            boolean exact = x.about(cx).equals(y.about(cy)) && x.about(cx).isExact();
            return Optional.of(Explanations.numeric(Relation.CONFLICT, exact ? confidence : confidence * 0.6, x, cx, y, cy, evidence));
        }
        boolean xEarlier = x.about(cx).entirelyBefore(y.about(cy));
        Quantity earlier = xEarlier ? qx : qy;
        Quantity later = xEarlier ? qy : qx;
        if (qx.growsOnly() || qy.growsOnly()) {
            if (later.high() < earlier.low()) {
                return Optional.of(Explanations.numeric(Relation.CONFLICT, confidence, x, cx, y, cy, evidence));
            }
            return Optional.empty(); // a toll that rose in a later report is news, not a contradiction
        }
        return Optional.of(Explanations.numeric(Relation.REVERSAL, confidence, x, cx, y, cy, evidence));
    }
}
