package io.claimwatch.bench;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.claimwatch.Limits;
import io.claimwatch.Main.DbOptions;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimwatch bench}: starts the real app, posts generated statements over HTTP from several
 * threads, then streams them back as an export, and prints throughput, latency and heap figures.
 * A measurement to run by hand, never a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest (POST /statements with detection) and export speed and memory.")
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--statements", defaultValue = "5000", description = "statements to post (default ${DEFAULT-VALUE})")
    int statements;

    @Option(names = "--topics", defaultValue = "100", description = "topics to spread them over (default ${DEFAULT-VALUE})")
    int topics;

    @Option(names = "--threads", defaultValue = "4", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--abuse", description = "instead of ingest, measure what trickling bodies, never-reading event "
            + "streams and a 1 GiB chunked body cost other clients")
    boolean abuse;

    @Option(names = "--tricklers", defaultValue = "1000", description = "with --abuse: clients trickling a body (default ${DEFAULT-VALUE})")
    int tricklers;

    @Option(names = "--stalled-streams", defaultValue = "10", description = "with --abuse: event streams that never read (default ${DEFAULT-VALUE})")
    int stalledStreams;

    @Option(names = "--bulk", paramLabel = "N", description = "instead, bulk ingest with detection of N generated statements "
            + "against the analyzer alone on every core and a raw JDBC batch insert of the same rows")
    Integer bulk;

    @Option(names = "--workers", paramLabel = "N", description = "instead, one worker process against two draining the same "
            + "shape of queued batch of N statements (PostgreSQL)")
    Integer workers;

    @Option(names = "--import-memory", paramLabel = "N", description = "instead, `import` of a generated dataset of N "
            + "statements in a child JVM at -Xmx512m: peak resident memory and time")
    Integer importMemory;

    @CommandLine.Mixin
    DbOptions db;

    @CommandLine.Mixin
    ScaleBench scale;

    @Override
    public Integer call() throws Exception {
        if (scale.requested()) {
            return scale.run(db);
        }
        if (db.url.equals(io.claimwatch.Config.DEFAULT_DB_URL)) {
            db.url = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"; // never fill the user's own store with generated data
        }
        db.check(spec);
        // the rate limit is off: the load generator is one client, and the benches measure the server, not the limit
        Config config = new Config("127.0.0.1", 0, db.url, db.user, db.password, false, List.of());
        Limits unlimited = Limits.defaults().withRate(0, 0);
        if (importMemory != null) {
            if (db.url.startsWith("jdbc:h2:mem:")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--import-memory runs the import in another process: give it --db (PostgreSQL or an H2 file)");
            }
            List<String> flags = new ArrayList<>();
            if (db.user != null) {
                flags.addAll(List.of("--db-user", db.user));
            }
            if (db.password != null) {
                flags.addAll(List.of("--db-password", db.password));
            }
            new ImportMemoryBench(db.url, flags).run(importMemory, topics);
            return 0;
        }
        if (bulk != null || workers != null) {
            try (Database database = Database.open(db.url, db.user, db.password, new SimpleMeterRegistry())) {
                if (bulk != null) {
                    new BulkBench(database).run(bulk, topics);
                } else {
                    if (database.dialect() != org.jooq.SQLDialect.POSTGRES) {
                        throw new CommandLine.ParameterException(spec.commandLine(),
                                "--workers needs PostgreSQL: an embedded H2 file is opened by one process at a time");
                    }
                    List<String> flags = new ArrayList<>();
                    if (db.user != null) {
                        flags.addAll(List.of("--db-user", db.user));
                    }
                    if (db.password != null) {
                        flags.addAll(List.of("--db-password", db.password));
                    }
                    new WorkersBench(database, db.url, flags).run(workers, topics, Math.max(1, scale.rounds()));
                }
            }
            return 0;
        }
        if (abuse) {
            try (App app = App.start(config, unlimited)) {
                new AbuseBench(app).run(tricklers, stalledStreams);
            }
            return 0;
        }
        try (App app = App.start(config, unlimited)) {
            String base = "http://127.0.0.1:" + app.port() + "/api/v1";
            HttpClient client = HttpClient.newHttpClient();
            String run = Long.toString(System.currentTimeMillis(), 36);
            for (String source : Statements.SOURCES) {
                post(client, base + "/sources", "{\"id\":\"" + source + "-" + run + "\",\"name\":\"" + source + "\",\"kind\":\"other\"}");
            }
            for (int t = 0; t < topics; t++) {
                post(client, base + "/topics", "{\"id\":\"t" + t + "-" + run + "\",\"title\":\"Topic " + t + "\"}");
            }
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> posts = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < statements; i++) {
                int n = i;
                posts.add(pool.submit(() -> {
                    String body = Statements.generate(new Random(n), run, topics);
                    long t0 = System.nanoTime();
                    post(client, base + "/statements", body);
                    latencies.add(System.nanoTime() - t0);
                    return null;
                }));
            }
            for (Future<?> post : posts) {
                post.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Collections.sort(latencies);
            System.out.printf("ingest: %d statements over %d topics with %d threads in %.1f s = %.0f statements/s%n",
                    statements, topics, threads, seconds, statements / seconds);
            System.out.printf("POST latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(latencies, 50),
                    pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1) / 1e6);
            exportFigures(client, base);
        }
        return 0;
    }

    private static void exportFigures(HttpClient client, String base) throws Exception {
        System.gc();
        long before = heapUsed();
        resetPeaks();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(base + "/export/statements?format=ndjson")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[65536];
        try (InputStream in = response.body()) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("export: %d statements, %.1f MB of NDJSON in %.1f s; heap in use before %d MB, peak during %d MB%n",
                lines, bytes / 1e6, seconds, before >> 20, peakHeap() >> 20);
    }

    private static void post(HttpClient client, String url, String json) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
