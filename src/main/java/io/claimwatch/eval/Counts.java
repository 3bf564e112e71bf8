package io.claimwatch.eval;

/** Confusion counts for the positive class "contradiction". */
public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts add(boolean gold, boolean predicted) {
        return new Counts(truePositives + (gold && predicted ? 1 : 0), falsePositives + (!gold && predicted ? 1 : 0),
                falseNegatives + (gold && !predicted ? 1 : 0), trueNegatives + (!gold && !predicted ? 1 : 0));
    }

    public Counts plus(Counts o) {
        return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives, trueNegatives + o.trueNegatives);
    }

    public int total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public int positives() {
        return truePositives + falseNegatives;
    }

    /** NaN when nothing was predicted positive. */
    public double precision() {
        return (double) truePositives / (truePositives + falsePositives);
    }

    /** NaN when there are no gold positives. */
    public double recall() {
        return (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
