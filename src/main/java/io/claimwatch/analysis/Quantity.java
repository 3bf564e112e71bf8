package io.claimwatch.analysis;

/**
 * A number stated in a claim, what it counts, and whether that count can only grow over time
 * (the dead, the arrested, confirmed cases), which lets later reports raise it without conflict.
 */
public record Quantity(String text, double value, Bound bound, String counts, boolean growsOnly) {

    /** What a time of day counts (in minutes after midnight); "time of day utc" when said in GMT or UTC. */
    public static final String TIME_OF_DAY = "time of day";

    /** A moment of the day rather than an amount: it says when, so it only clashes with one of the same day. */
    public boolean isTimeOfDay() {
        return counts.startsWith(TIME_OF_DAY);
    }

    /** Smallest value the statement allows. */
    public double low() {
        return switch (bound) {
            case EXACT, AT_LEAST -> value;
            case MORE_THAN -> value + Math.max(1e-9, value * 1e-9);
            case ABOUT -> value * 0.8;
            case AT_MOST, LESS_THAN -> 0;
        };
    }

    /** Largest value the statement allows. */
    public double high() {
        return switch (bound) {
            case EXACT, AT_MOST -> value;
            case LESS_THAN -> value - Math.max(1e-9, value * 1e-9);
            case ABOUT -> value * 1.25;
            case AT_LEAST, MORE_THAN -> Double.POSITIVE_INFINITY;
        };
    }
}
