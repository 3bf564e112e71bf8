package io.claimwatch.analysis;

/**
 * A number stated in a claim, what it counts, and whether that count can only grow over time
 * (the dead, the arrested, confirmed cases), which lets later reports raise it without conflict.
 */
public record Quantity(String text, double value, Bound bound, String counts, boolean growsOnly) {

    /** What a time of day counts (in minutes after midnight); "time of day utc" when said in GMT or UTC. */
    public static final String TIME_OF_DAY = "time of day";

    /** What a person's age counts ("43 years old", "aged 43"). */
    public static final String AGE = "age";

    /** A moment of the day rather than an amount: it says when, so it only clashes with one of the same day. */
    public boolean isTimeOfDay() {
        return counts != null && counts.startsWith(TIME_OF_DAY);
    }

    private static final double DAY_MINUTES = 24 * 60;
    /** How far "after 11 p.m." or "before 6 a.m." reach: half a day, not round the clock. */
    private static final double HALF_DAY_MINUTES = 12 * 60;
    /** "around 4 a.m.": within an hour of it. */
    private static final double ABOUT_MINUTES = 60;

    /** Whether the two allow a common value; times of day on a clock that wraps at midnight. */
    public boolean overlaps(Quantity other) {
        if (!isTimeOfDay() && !other.isTimeOfDay()) {
            return low() <= other.high() && other.low() <= high();
        }
        for (double shift : new double[] {-DAY_MINUTES, 0, DAY_MINUTES}) {
            if (low() <= other.high() + shift && other.low() + shift <= high()) {
                return true;
            }
        }
        return false;
    }

    /** Smallest value the statement allows. */
    public double low() {
        if (isTimeOfDay()) {
            return switch (bound) {
                case EXACT, AT_LEAST, MORE_THAN -> value; // "shortly after 5 a.m." allows 5:00
                case ABOUT -> value - ABOUT_MINUTES;
                case AT_MOST, LESS_THAN -> value - HALF_DAY_MINUTES;
            };
        }
        return switch (bound) {
            case EXACT, AT_LEAST -> value;
            case MORE_THAN -> value + Math.max(1e-9, value * 1e-9);
            case ABOUT -> value * 0.8;
            case AT_MOST, LESS_THAN -> 0;
        };
    }

    /** Largest value the statement allows. */
    public double high() {
        if (isTimeOfDay()) {
            return switch (bound) {
                case EXACT, AT_MOST, LESS_THAN -> value;
                case ABOUT -> value + ABOUT_MINUTES;
                case AT_LEAST, MORE_THAN -> value + HALF_DAY_MINUTES;
            };
        }
        return switch (bound) {
            case EXACT, AT_MOST -> value;
            case LESS_THAN -> value - Math.max(1e-9, value * 1e-9);
            case ABOUT -> value * 1.25;
            case AT_LEAST, MORE_THAN -> Double.POSITIVE_INFINITY;
        };
    }
}
