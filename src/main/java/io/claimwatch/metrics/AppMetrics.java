package io.claimwatch.metrics;

import io.claimwatch.contradiction.ContradictionRoutes;
import io.claimwatch.detection.Kind;
import io.claimwatch.statement.ClaimExtractor;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What the service holds, for Prometheus: statements, contradictions by kind and status, the open
 * review queue, and how long text analysis takes. Counts come from one snapshot refreshed at most
 * every {@link #MAX_AGE}, so however often anyone scrapes, the database counts at that pace.
 * (Connected SSE clients are measured where the stream lives, in event/.)
 */
public final class AppMetrics {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final MetricsRepository repository;
    private volatile Snapshot snapshot;

    private record Snapshot(long at, long statements, Map<String, Long> contradictions) {
    }

    private AppMetrics(DSLContext dsl) {
        this.repository = new MetricsRepository(dsl);
    }

    /** Gauges hold their object weakly by default: nothing else holds this one, so they hold it strongly. */
    public static void bind(DSLContext dsl, MeterRegistry registry) {
        AppMetrics metrics = new AppMetrics(dsl);
        Gauge.builder("claimwatch_statements", metrics, m -> m.current().statements())
                .description("Statements stored").strongReference(true).register(registry);
        for (Kind kind : Kind.values()) {
            for (String status : ContradictionRoutes.STATUSES) {
                String key = kind.json() + "/" + status;
                Gauge.builder("claimwatch_contradictions", metrics, m -> m.current().contradictions().getOrDefault(key, 0L))
                        .description("Contradictions stored, by kind and review status")
                        .tag("kind", kind.json()).tag("status", status).strongReference(true).register(registry);
            }
        }
        Gauge.builder("claimwatch_review_queue", metrics, m -> m.current().contradictions().entrySet().stream()
                        .filter(e -> e.getKey().endsWith("/open")).mapToLong(Map.Entry::getValue).sum())
                .description("Contradictions waiting for a fact-checker's review (status open)").strongReference(true)
                .register(registry);
    }

    /** {@code extractor}, timed: the histogram claimwatch_analysis_seconds. */
    public static ClaimExtractor timed(ClaimExtractor extractor, MeterRegistry registry) {
        Timer timer = Timer.builder("claimwatch_analysis").description("Time to read a text into claims")
                .serviceLevelObjectives(Buckets.SECONDS).register(registry);
        return (text, statedOn) -> timer.record(() -> extractor.extract(text, statedOn));
    }

    private Snapshot current() {
        Snapshot last = snapshot;
        long now = System.nanoTime();
        if (last == null || now - last.at() > MAX_AGE.toNanos()) {
            synchronized (this) {
                if (snapshot == last) {
                    snapshot = new Snapshot(now, repository.statements(), repository.contradictions());
                }
                return snapshot;
            }
        }
        return last;
    }
}
