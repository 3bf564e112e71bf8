package io.claimwatch.support;

import java.time.Duration;
import java.util.function.DoublePredicate;

/** Reads one series from the service's Prometheus page. */
public final class Metrics {

    private Metrics() {
    }

    public static double value(Http http, String series) {
        for (String line : http.get("/metrics").body().split("\n")) {
            if (line.startsWith(series + " ") || line.startsWith(series + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no series " + series + " on /metrics");
    }

    /** Polls until the series satisfies {@code test}; fails with its last value after {@code within}. */
    public static double await(Http http, String series, DoublePredicate test, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        double value = value(http, series);
        while (!test.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(series + " is still " + value + " after " + within);
            }
            Thread.sleep(50);
            value = value(http, series);
        }
        return value;
    }
}
