package io.claimwatch.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request rate per client (its API key, else its address; see {@link ClientKey}): a token bucket
 * of {@code burst} requests refilled at {@code perSecond}. Every API answer says where the client
 * stands in RateLimit-Policy / RateLimit headers (IETF httpapi draft); one over the limit is a 429
 * with Retry-After. Health, metrics and docs are not counted.
 */
public final class RateLimits {

    private static final long SWEEP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final long perSecond;
    private final long burst;
    private final String policy;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    public RateLimits(int perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(burst, perSecond);
        long window = perSecond == 0 ? 0 : Math.max(1, this.burst / perSecond);
        this.policy = "\"client\";q=" + this.burst + ";w=" + window;
    }

    public void register(RoutesConfig routes) {
        if (perSecond > 0) {
            // after the auth filter (registered first), so a request counts against the key it proved
            routes.beforeMatched("/api/v1/*", this::check);
        }
    }

    private void check(Context ctx) {
        sweep();
        Bucket bucket = buckets.computeIfAbsent(ClientKey.of(ctx), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        ctx.header("RateLimit-Policy", policy);
        ctx.header("RateLimit", "\"client\";r=" + probe.getRemainingTokens() + ";t=" + seconds(probe.getNanosToWaitForReset()));
        if (!probe.isConsumed()) {
            throw new RetryLater(429, "this client is over " + perSecond + " requests a second (bursts of " + burst
                    + "); slow down", Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** A full bucket is the same as none: forget those, so the map holds only recently busy clients. */
    private void sweep() {
        long last = lastSweep.get();
        long now = System.nanoTime();
        if (now - last > SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= burst);
        }
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
