package io.claimwatch.contradiction;

import io.claimwatch.web.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that drain the detection queue: statements stored but not yet compared (a POST with
 * {@code wait=false}, a bulk ingest, a process that died before detecting). Any number of them, in
 * any number of processes on one database, share the work: each row is taken with
 * {@code FOR UPDATE SKIP LOCKED}, so none is detected twice, and a row whose taker dies is unlocked
 * by the database and taken again.
 */
public final class DetectionWorkers implements AutoCloseable {

    /** How long an idle worker waits before it looks at the queue again. */
    static final Duration IDLE = Duration.ofMillis(250);
    /**
     * Statements a worker takes per run: one transaction reads, locks and writes for all of them, so
     * the queries per statement fall with the batch, while the locks it holds stay brief.
     */
    static final int BATCH = 50;
    /** After a failure (database gone, say) a worker waits this long before it tries again. */
    static final Duration BACKOFF = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(DetectionWorkers.class);

    private final ContradictionService service;
    private final int threads;
    private final Duration grace;
    private final boolean untilEmpty;
    private final AtomicLong detected = new AtomicLong();
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;

    /**
     * {@code grace}: rows younger than this are left to the request that queued them (a server
     * detects its own POSTs right after the commit). {@code untilEmpty}: each thread stops once it
     * finds nothing left to take, instead of waiting for more.
     */
    public DetectionWorkers(ContradictionService service, int threads, Duration grace, boolean untilEmpty) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.service = service;
        this.threads = threads;
        this.grace = grace;
        this.untilEmpty = untilEmpty;
    }

    public synchronized DetectionWorkers start() {
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::work, "detection-worker-" + i);
            thread.setDaemon(true);
            running.add(thread);
            thread.start();
        }
        return this;
    }

    /** Statements this process has detected so far. */
    public long detected() {
        return detected.get();
    }

    /** Waits until every thread has stopped (with {@code untilEmpty}: the queue was drained). */
    public void join() throws InterruptedException {
        for (Thread thread : List.copyOf(running)) {
            thread.join();
        }
    }

    private void work() {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                int done = service.detectQueuedBefore(Clock.now().minus(grace), BATCH);
                if (done > 0) {
                    detected.addAndGet(done);
                } else if (untilEmpty) {
                    return;
                } else {
                    Thread.sleep(IDLE.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                log.warn("detection failed, retrying in {}s: {}", BACKOFF.toSeconds(), e.getMessage());
                try {
                    Thread.sleep(BACKOFF.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        stopping = true; // not an interrupt first: one during H2 file I/O can close the store
        try {
            for (Thread thread : running) {
                thread.join(5_000);
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
