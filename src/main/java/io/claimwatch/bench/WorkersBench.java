package io.claimwatch.bench;

import io.claimwatch.App;
import io.claimwatch.Database;
import io.claimwatch.dataset.Progress;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.statement.DetectionQueueRepository;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One worker process against two on the same shape of queued batch: a batch is stored without
 * detection ({@code ingest --no-detect}), then {@code claimwatch worker --exit-when-empty}
 * processes (one thread each) drain it; the clock runs from the moment all are running to an empty queue.
 */
final class WorkersBench {

    private final Database database;
    private final String url;
    private final List<String> dbFlags;

    WorkersBench(Database database, String url, List<String> dbFlags) {
        this.database = database;
        this.url = url;
        this.dbFlags = dbFlags;
    }

    /** {@code rounds} of one then two workers, side by side; the median ratio, as load on a shared machine varies. */
    void run(int statements, int topics, int rounds) throws Exception {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double one = drain(1, statements, topics);
            double two = drain(2, statements, topics);
            ratios.add(two / one);
            System.out.printf("round %d: two workers / one worker = %.2f%n", round + 1, two / one);
        }
        ratios.sort(null);
        System.out.printf("median of %d rounds: two workers / one worker = %.2f%n", rounds, ratios.get(rounds / 2));
    }

    /** Queues a fresh batch (its own sources and topics) and times {@code processes} workers draining it. */
    private double drain(int processes, int statements, int topics) throws Exception {
        String run = "w" + processes + Long.toString(System.currentTimeMillis(), 36);
        App.Services services = App.services(database);
        BulkBench.catalog(services, run, topics);
        Path file = Files.createTempFile("claimwatch-bench-", ".ndjson");
        try {
            BulkBench.writeStatements(file, statements, run, topics);
            new Ingest(database.dsl(), services, new Bodies(Json.newMapper())).run(file, Runtime.getRuntime().availableProcessors(),
                    0, Progress.NONE, r -> { });
        } finally {
            Files.deleteIfExists(file);
        }
        DetectionQueueRepository queue = new DetectionQueueRepository(database.dsl());
        AtomicLong ready = new AtomicLong();
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            workers.add(start(ready));
        }
        // the clock starts once every worker is running (a JVM starting beside a running worker would
        // otherwise be counted against two), and counts what is left in the queue at that moment
        long start = 0;
        long left = 0;
        while (start == 0 || queue.count() > 0) {
            if (start == 0 && ready.get() == processes) {
                start = System.nanoTime();
                left = queue.count();
            }
            Thread.sleep(20);
        }
        long end = System.nanoTime();
        for (Process worker : workers) {
            worker.waitFor(60, TimeUnit.SECONDS);
        }
        double seconds = (end - start) / 1e9;
        System.out.printf("%d worker process(es): %d queued statements detected in %.1f s = %.0f statements/s "
                + "(the %d left once all were running)%n", processes, left, seconds, left / seconds, left);
        return left / seconds;
    }

    private Process start(AtomicLong ready) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = Path.of(WorkersBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-cp", classPath, "io.claimwatch.Main",
                "worker", "--exit-when-empty", "--threads", "1", "--db", url));
        command.addAll(dbFlags);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.contains("worker detecting")) {
                        ready.incrementAndGet();
                    }
                }
            } catch (java.io.IOException e) {
                // gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }
}
