package io.claimwatch.detection;

/**
 * The one confidence policy of every rule: a curve over how much of one claim the other says,
 * adjusted per kind of evidence, and one penalty for a verdict that holds on only some of the
 * days an uncertain date allows.
 */
final class Confidence {

    private Confidence() {}

    /** Share of the verdicts that hold for only some of an uncertain date's days. */
    static final double UNCERTAIN = 0.6;
    /** A flat denial of the very claim ("did not", "never") is the strongest evidence there is. */
    static final double DIRECT_DENIAL = 0.05;
    /** Same predicate word on both sides, not only entailed. */
    static final double SAME_PREDICATE = 0.02;
    /** A clash read from whole statements rather than aligned claims. */
    static final double WHOLE_STATEMENT = -0.05;
    /** A hedged claim ("may have", "reportedly") against a flat denial is a weaker conflict. */
    static final double HEDGED = -0.25;

    /** From 0.5 (nothing but the clashing words shared) to 0.9 (every word of the claim said by the other side). */
    static double of(double coverage) {
        return 0.5 + 0.4 * Math.max(0, Math.min(1, coverage));
    }

    static double of(double coverage, double adjustment) {
        return Math.max(0.05, Math.min(0.97, of(coverage) + adjustment));
    }

    static double uncertain(double confidence) {
        return confidence * UNCERTAIN;
    }
}
