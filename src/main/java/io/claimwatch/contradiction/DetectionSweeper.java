package io.claimwatch.contradiction;

import io.claimwatch.web.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each server process, on start and then periodically, detects statements that were stored but
 * never compared (the process that stored them died, or its detection failed). Rows held by
 * another process are skipped, so several processes share the work without doing it twice.
 */
public final class DetectionSweeper implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(2);
    /** A row this young is most likely being detected by the request that queued it: leave it to that request. */
    static final Duration GRACE = Duration.ofSeconds(2);
    private static final int MAX_PER_SWEEP = 1000;
    private static final Logger log = LoggerFactory.getLogger(DetectionSweeper.class);

    private final ContradictionService service;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "detection-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    public DetectionSweeper(ContradictionService service) {
        this.service = service;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::sweep, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Detects what is queued until nothing older than the grace period is left (bounded per sweep). */
    void sweep() {
        try {
            int done = 0;
            while (done < MAX_PER_SWEEP && !Thread.currentThread().isInterrupted()
                    && service.detectNextQueuedBefore(Clock.now().minus(GRACE))) {
                done++;
            }
            if (done > 0) {
                log.info("detected {} statement(s) left undetected", done);
            }
        } catch (RuntimeException e) {
            log.warn("detection sweep failed, retrying in {}s: {}", EVERY.toSeconds(), e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
