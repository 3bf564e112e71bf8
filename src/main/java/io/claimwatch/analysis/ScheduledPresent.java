package io.claimwatch.analysis;

/**
 * "The new tariff takes effect on 1 November", said in October: a present-tense event on a day still to
 * come is a schedule, so it is read as a plan ("will take effect"), which a denied plan ("will not come
 * into force") meets; so is a denied progressive ("is not stepping down"). A present state ("is closed on
 * Sunday") stays as it is.
 */
final class ScheduledPresent {

    private ScheduledPresent() {}

    /**
     * "I am not stepping down", "we are not closing the plant": a denied progressive of an act done once
     * says it will not be done, so it meets the plan ("will step down").
     */
    private static boolean deniedArrangement(Claim c) {
        return c.polarity() == Polarity.NEGATIVE && c.eventuality() == Eventuality.ONCE && c.progressive();
    }

    static Claim rewrite(Claim c, DateSpan statedOn) {
        if (c.modality() != Modality.ASSERTED || c.aspect() != Aspect.PRESENT || c.eventuality() == Eventuality.STATE
                || (c.timeSpan().isEmpty() ? !deniedArrangement(c) : !c.timeSpan().get().earliest().isAfter(statedOn.latest()))) {
            return c;
        }
        return new Claim(c.text(), c.predicate(), c.predicateText(), c.subject(), c.arguments(), c.polarity(),
                c.negationCue(), Modality.PLANNED, c.predicateText(), c.attribution(), c.passive(), Aspect.FUTURE,
                c.eventuality(), c.time(), c.quantifier(), c.quantities());
    }
}
