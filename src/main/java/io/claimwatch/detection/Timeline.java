package io.claimwatch.detection;

import io.claimwatch.analysis.DateSpan;

/**
 * Constraints on the date of an event that happens once. "Has happened" said on t gives
 * date <= t; "has not happened (yet)" said on t gives date > t. Two such bounds clash when the
 * upper one is not after the lower one; with uncertain dates that may hold for every possible
 * pair of days (certain), for some (possible), or for none.
 */
final class Timeline {

    /** Reports this many days apart are of one news cycle: a place won, a state said to go on. */
    static final int NEWS_CYCLE_DAYS = 7;

    private Timeline() {}

    enum Outcome { CERTAIN, POSSIBLE, CONSISTENT }

    /** Upper bound "happened by {@code happenedBy}" against lower bound "not yet on {@code notYetOn}". */
    static Outcome check(DateSpan happenedBy, DateSpan notYetOn) {
        if (!happenedBy.latest().isAfter(notYetOn.earliest())) {
            return Outcome.CERTAIN;
        }
        if (!happenedBy.earliest().isAfter(notYetOn.latest())) {
            return Outcome.POSSIBLE;
        }
        return Outcome.CONSISTENT;
    }

    static String when(DateSpan span) {
        return span.isExact() ? "on " + span.earliest() : "between " + span.earliest() + " and " + span.latest();
    }
}
