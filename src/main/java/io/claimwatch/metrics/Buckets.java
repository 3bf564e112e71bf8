package io.claimwatch.metrics;

import java.time.Duration;

/** Histogram buckets for request and analysis times: a dozen, from 5 ms to 10 s, instead of Micrometer's seventy. */
public final class Buckets {

    public static final Duration[] SECONDS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
    };

    private Buckets() {
    }
}
