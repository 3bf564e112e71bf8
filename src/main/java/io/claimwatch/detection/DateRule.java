package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An event that happens once, asserted to have happened on two dates that cannot both be right. */
final class DateRule {

    private final Alignment alignment;

    DateRule(Alignment alignment) {
        this.alignment = alignment;
    }

    Optional<Verdict> apply(Side x, Claim cx, Side y, Claim cy) {
        if (cx.polarity() != Polarity.POSITIVE || cy.polarity() != Polarity.POSITIVE
                || cx.modality() != Modality.ASSERTED || cy.modality() != Modality.ASSERTED
                || cx.eventuality() != Eventuality.ONCE || cy.eventuality() != Eventuality.ONCE
                || cx.timeSpan().isEmpty() || cy.timeSpan().isEmpty() || !alignment.samePredicate(cx, cy)) {
            return Optional.empty();
        }
        DateSpan dx = cx.timeSpan().get();
        DateSpan dy = cy.timeSpan().get();
        if (dx.overlaps(dy)) {
            return Optional.empty();
        }
        double cxy = alignment.coverage(cx, Alignment.bag(cy), Set.of());
        double cyx = alignment.coverage(cy, Alignment.bag(cx), Set.of());
        if (cxy < NegationRule.MIN_COVERAGE || cyx < NegationRule.MIN_COVERAGE) {
            return Optional.empty();
        }
        double confidence = Math.min(0.95, 0.5 + 0.4 * Math.min(cxy, cyx));
        return Optional.of(Explanations.conflict(Kind.DATE, confidence, x, cx, y, cy, List.of(dx.toString(), dy.toString())));
    }
}
