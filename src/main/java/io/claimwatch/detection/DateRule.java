package io.claimwatch.detection;

import io.claimwatch.analysis.Aspect;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.FollowingWords;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import java.util.List;
import java.util.Set;

/**
 * An event that happens once, asserted to have happened (or planned, by two reports of one day) on two
 * dates that cannot both be right.
 */
final class DateRule implements Rule.ClaimPair {

    private final Alignment alignment;

    DateRule(Alignment alignment) {
        this.alignment = alignment;
    }

    /**
     * "Has begun" said on t (no date) against "began on d": the event happened by t, and first on d,
     * so d after t is a conflict, whatever the order the two were said in. So is "will begin on d"
     * ("the law takes effect on February 1" against "has already come into force" said before it).
     */
    private Finding happenedByThenFirstOn(Side x, Claim cx, Side y, Claim cy) {
        boolean xUndated = cx.timeSpan().isEmpty();
        Side undated = xUndated ? x : y;
        Claim cu = xUndated ? cx : cy;
        Claim cd = xUndated ? cy : cx;
        if (cu.aspect() != Aspect.PAST && cu.aspect() != Aspect.PERFECT || !flat(cu)) {
            return Finding.declined(3, "dates: the claim without a date does not say it has happened");
        }
        DateSpan happenedBy = undated.view().statedOn();
        DateSpan firstOn = cd.timeSpan().get();
        if (scheduled(cd) && (xUndated ? y : x).view().statedOn().latest().isBefore(happenedBy.earliest())) {
            return Finding.declined(5, "dates: a plan said before the event may have been brought forward");
        }
        if (!firstOn.earliest().isAfter(happenedBy.earliest())) {
            return Finding.declined(5, "dates compatible: it happened by " + happenedBy + ", on " + firstOn);
        }
        double cxy = alignment.coverage(cx, Alignment.bag(cy), Set.of());
        double cyx = alignment.coverage(cy, Alignment.bag(cx), Set.of());
        if (cxy < NegationRule.MIN_COVERAGE || cyx < NegationRule.MIN_COVERAGE) {
            return Finding.declined(6, "coverage: the two claims are about different things");
        }
        double confidence = Confidence.of(Math.min(cxy, cyx));
        List<String> evidence = List.of(cu.predicateText() == null ? cu.predicate() : cu.predicateText(), firstOn.toString());
        if (firstOn.earliest().isAfter(happenedBy.latest())) {
            return Finding.found(Explanations.conflict(Kind.TEMPORAL, confidence, x, cx, y, cy, evidence));
        }
        return Finding.found(Explanations.possibleConflict(Kind.TEMPORAL, Confidence.uncertain(confidence), x, cx, y, cy, evidence));
    }

    @Override
    public String name() {
        return "date";
    }

    @Override
    public Finding apply(Side x, Claim cx, Side y, Claim cy) {
        if (cx.polarity() != Polarity.POSITIVE || cy.polarity() != Polarity.POSITIVE
                || !(flat(cx) || scheduled(cx)) || !(flat(cy) || scheduled(cy))) {
            return Finding.declined(1, "polarity or modality: two dates clash only for two flat assertions, or one and a dated plan, or two dated plans");
        }
        if (cx.eventuality() != Eventuality.ONCE || cy.eventuality() != Eventuality.ONCE) {
            return Finding.declined(2, "eventuality: only an event that happens once has one date");
        }
        if (runningCount(cx) || runningCount(cy)) {
            // "the toll rose to 57 on Tuesday": the day it was counted, not the day of one event
            return Finding.declined(2, "eventuality: a running count is many events, dated when counted");
        }
        if (cx.timeSpan().isEmpty() && cy.timeSpan().isEmpty()) {
            return Finding.declined(3, "dates: neither claim names a date of its own");
        }
        if (!alignment.samePredicate(cx, cy)) {
            return Finding.declined(4, "predicates: \"" + cx.predicate() + "\" and \"" + cy.predicate() + "\" differ");
        }
        if (cx.timeSpan().isEmpty() || cy.timeSpan().isEmpty()) {
            return happenedByThenFirstOn(x, cx, y, cy);
        }
        boolean plans = scheduled(cx) && scheduled(cy);
        boolean planAndDeed = scheduled(cx) != scheduled(cy);
        DateSpan dx = cx.timeSpan().get();
        DateSpan dy = cy.timeSpan().get();
        if (dx.overlaps(dy)) {
            return Finding.declined(5, "dates compatible: " + dx + " and " + dy + " overlap");
        }
        Set<String> agent = unsaidAgent(cx, cy);
        double cxy = alignment.coverage(cx, Alignment.bag(cy), agent);
        double cyx = alignment.coverage(cy, Alignment.bag(cx), agent);
        if (cxy < NegationRule.MIN_COVERAGE || cyx < NegationRule.MIN_COVERAGE) {
            return Finding.declined(6, "coverage: the two claims are about different things");
        }
        double confidence = Confidence.of(Math.min(cxy, cyx));
        List<String> evidence = List.of(dx.toString(), dy.toString());
        if (plans && !x.view().statedOn().overlaps(y.view().statedOn())) {
            // "will take effect in January", then "in July": the plan was moved
            return Finding.found(Explanations.reversal(Kind.DATE, confidence, x, cx, y, cy, evidence));
        }
        if (planAndDeed) {
            // "will be announced on Friday" / "was announced on Wednesday": done before the plan was said, one of
            // them is wrong; done after it, on another day than planned, the plan was moved
            Side planner = scheduled(cx) ? x : y;
            DateSpan done = scheduled(cx) ? dy : dx;
            return Finding.found(done.latest().isBefore(planner.view().statedOn().earliest())
                    ? Explanations.conflict(Kind.DATE, confidence, x, cx, y, cy, evidence)
                    : Explanations.reversal(Kind.DATE, confidence, x, cx, y, cy, evidence));
        }
        return Finding.found(Explanations.conflict(Kind.DATE, confidence, x, cx, y, cy, evidence));
    }

    private static boolean flat(Claim c) {
        return c.modality() == Modality.ASSERTED;
    }

    /** "The law takes effect on February 1", "will open on 3 March": a plan with a day of its own. */
    private static boolean scheduled(Claim c) {
        return c.modality() == Modality.PLANNED && c.timeSpan().isPresent();
    }

    private static boolean runningCount(Claim c) {
        return c.quantities().stream().anyMatch(q -> q.growsOnly());
    }

    /**
     * "She founded the charity in 2004" / "the charity was founded in 2011": the passive leaves its agent
     * unsaid, so the active side's subject is not weighed when the passive's subject is its object.
     */
    private Set<String> unsaidAgent(Claim cx, Claim cy) {
        if (cx.passive() == cy.passive()) {
            return Set.of();
        }
        Claim active = cx.passive() ? cy : cx;
        Claim acted = cx.passive() ? cx : cy;
        boolean agentNamed = FollowingWords.of(acted).contains("by");
        return !agentNamed && alignment.covered(acted.subject(), active.arguments()) ? Set.copyOf(active.subject()) : Set.of();
    }
}
