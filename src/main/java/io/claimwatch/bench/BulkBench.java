package io.claimwatch.bench;

import io.claimwatch.App;
import io.claimwatch.Database;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.TextAnalyzer;
import io.claimwatch.dataset.Progress;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.source.SourceInput;
import io.claimwatch.topic.TopicInput;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bulk ingest with detection against its floors and ceilings, on the same generated statements:
 * the analyzer alone on every core (the floor: ingest cannot beat it), a raw JDBC batch insert of
 * the statement rows (no analysis, no detection), and {@code claimwatch ingest}. Today's API
 * ingest is {@code bench --statements N} (one POST each).
 */
final class BulkBench {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final Database database;

    BulkBench(Database database) {
        this.database = database;
    }

    void run(int statements, int topics) throws Exception {
        String run = "b" + Long.toString(System.currentTimeMillis(), 36);
        App.Services services = App.services(database);
        catalog(services, run, topics);
        Path file = Files.createTempFile("claimwatch-bench-", ".ndjson");
        try {
            writeStatements(file, statements, run, topics);
            System.out.printf("bulk bench: %d generated statements over %d topics, %d cores%n", statements, topics, CORES);
            double analyzer = analyzer(statements);
            System.out.printf("analyzer alone, %d threads:   %.0f statements/s%n", CORES, analyzer);
            double raw = rawInsert(statements, run);
            System.out.printf("raw JDBC batch insert:       %.0f statements/s (statement rows only)%n", raw);
            Ingest.Report report = new Ingest(database.dsl(), services, new Bodies(Json.newMapper()))
                    .run(file, CORES, CORES, Progress.NONE, r -> { });
            double ingest = report.created() / report.seconds();
            System.out.printf("ingest with detection:       %.0f statements/s (%d created, %d detected; all stored after %.1f s, "
                    + "all detected and ANALYZEd after %.1f s)%n", ingest, report.created(), report.detected(),
                    report.storedSeconds(), report.seconds());
            System.out.printf("ingest / analyzer = %.2f; ingest / raw insert = %.3f%n", ingest / analyzer, ingest / raw);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** {@code statements} generated statements of the run {@code run}, one JSON object a line, into {@code file}. */
    static void writeStatements(Path file, int statements, String run, int topics) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < statements; i++) {
                out.write(Statements.line(i, run, topics));
                out.write('\n');
            }
        }
    }

    static void catalog(App.Services services, String run, int topics) {
        for (String source : Statements.SOURCES) {
            services.sources().create(new SourceInput(source + "-" + run, source, "other", null, null, List.of()));
        }
        for (int t = 0; t < topics; t++) {
            services.topics().create(new TopicInput("t" + t + "-" + run, "Topic " + t, null));
        }
    }

    /** Statements/s of the analyzer alone over the same texts, on every core, after a warm-up. */
    private static double analyzer(int statements) throws Exception {
        TextAnalyzer analyzer = TextAnalyzer.shared();
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        try {
            analyse(pool, analyzer, Math.min(200, statements)); // warm-up: JIT and model loading
            long t0 = System.nanoTime();
            analyse(pool, analyzer, statements);
            return statements / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void analyse(ExecutorService pool, TextAnalyzer analyzer, int statements) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < statements; i++) {
            String[] textAndDay = Statements.textAndDay(i);
            done.add(pool.submit(() -> analyzer.analyze(textAndDay[0], DateSpan.parse(textAndDay[1]))));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }

    /**
     * The statement rows alone through a plain JDBC batch (500 a round trip, one transaction), then
     * removed again: the ceiling of what any ingest could write. Bench code, not the app's: the
     * app's SQL stays in its repositories.
     */
    private double rawInsert(int statements, String run) throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into statement (text, quote, source_id, stated_on, "
                    + "stated_from, stated_to, external_id, created_at, updated_at, version) values (?, 'paraphrase', ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (int i = 0; i < statements; i++) {
                    String[] textAndDay = Statements.textAndDay(i);
                    LocalDate day = LocalDate.parse(textAndDay[1]);
                    insert.setString(1, textAndDay[0]);
                    insert.setString(2, Statements.SOURCES.get(i % Statements.SOURCES.size()) + "-" + run);
                    insert.setString(3, textAndDay[1]);
                    insert.setObject(4, day);
                    insert.setObject(5, day);
                    insert.setString(6, "raw-" + run + "-" + i);
                    insert.setObject(7, now);
                    insert.setObject(8, now);
                    insert.addBatch();
                    if (i % 500 == 499) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            double rate = statements / ((System.nanoTime() - t0) / 1e9);
            try (PreparedStatement delete = c.prepareStatement("delete from statement where external_id like ?")) {
                delete.setString(1, "raw-" + run + "-%");
                delete.executeUpdate();
            }
            c.commit();
            return rate;
        }
    }
}
