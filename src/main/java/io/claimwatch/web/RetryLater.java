package io.claimwatch.web;

import java.time.Duration;
import java.util.List;

/** A 429 or 503 problem that tells the client when to try again, in a Retry-After header. */
public final class RetryLater extends ApiProblem {

    private final long seconds;

    public RetryLater(int status, String detail, Duration after) {
        super(status, status == 429 ? "Too many requests" : "Service busy", detail, List.of());
        this.seconds = Math.max(1, (after.toMillis() + 999) / 1000);
    }

    public long seconds() {
        return seconds;
    }
}
