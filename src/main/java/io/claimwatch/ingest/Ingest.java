package io.claimwatch.ingest;

import io.claimwatch.App.Services;
import io.claimwatch.contradiction.DetectionWorkers;
import io.claimwatch.dataset.Progress;
import io.claimwatch.dataset.StatisticsRepository;
import io.claimwatch.statement.DetectionQueueRepository;
import io.claimwatch.statement.NdjsonLines;
import io.claimwatch.statement.StatementBatch;
import io.claimwatch.statement.StatementBatchRoutes;
import io.claimwatch.web.Bodies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * A bulk load from an NDJSON file straight into the database: texts analysed on {@code threads}
 * cores, rows written a chunk per transaction with multi-row INSERTs, and detection by in-process
 * workers draining the queue while the load goes on (or left to {@code worker} processes).
 * Statistics are refreshed at the end.
 */
public final class Ingest {

    /** What a load did; {@code storedSeconds} is when the last line was stored, {@code seconds} includes detection and ANALYZE. */
    public record Report(long lines, long created, long exists, long invalid, long detected, double storedSeconds,
                         double seconds) {
    }

    private final DSLContext dsl;
    private final Services services;
    private final Bodies bodies;

    public Ingest(DSLContext dsl, Services services, Bodies bodies) {
        this.dsl = dsl;
        this.services = services;
        this.bodies = bodies;
    }

    /**
     * {@code detectThreads} 0 leaves every new statement queued. {@code invalid} hears of each refused line.
     */
    public Report run(Path file, int threads, int detectThreads, Progress progress,
                      Consumer<StatementBatch.Result> invalid) throws IOException {
        long start = System.nanoTime();
        long total = countLines(file);
        StatementBatch batch = new StatementBatch(dsl, services.statements(), services.extractor(), bodies);
        ExecutorService analysis = Executors.newFixedThreadPool(threads);
        DetectionWorkers alongside = detectThreads == 0 ? null
                : new DetectionWorkers(services.contradictions(), detectThreads, Duration.ZERO, false).start();
        StatementBatch.Tally tally;
        try (InputStream in = Files.newInputStream(file)) {
            tally = batch.run(new NdjsonLines(in, StatementBatchRoutes.MAX_LINE_BYTES), analysis, null, results -> {
                results.stream().filter(r -> r.status().equals("invalid")).forEach(invalid);
                progress.step("statements", results.get(results.size() - 1).line(), total);
            });
        } finally {
            analysis.shutdownNow();
            if (alongside != null) {
                alongside.close();
            }
        }
        double stored = (System.nanoTime() - start) / 1e9;
        long detected = alongside == null ? 0 : alongside.detected();
        if (detectThreads > 0) {
            detected += drain(detectThreads, progress);
        }
        new StatisticsRepository(dsl).analyze();
        return new Report(tally.lines(), tally.created(), tally.exists(), tally.invalid(), detected, stored,
                (System.nanoTime() - start) / 1e9);
    }

    /** Detects what is still queued, reporting the queue's length as it shrinks. */
    private long drain(int threads, Progress progress) {
        DetectionQueueRepository queue = new DetectionQueueRepository(dsl);
        long queued = queue.count();
        DetectionWorkers workers = new DetectionWorkers(services.contradictions(), threads, Duration.ZERO, true).start();
        Thread watcher = new Thread(() -> {
            try {
                while (true) {
                    progress.step("detection", queued - Math.min(queued, queue.count()), queued);
                    Thread.sleep(1000);
                }
            } catch (InterruptedException | RuntimeException e) {
                // done
            }
        }, "ingest-progress");
        watcher.setDaemon(true);
        watcher.start();
        try {
            workers.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watcher.interrupt();
            workers.close();
        }
        progress.step("detection", queued, queued);
        return workers.detected();
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return lines;
    }
}
