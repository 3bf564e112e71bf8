package io.claimwatch.bench;

import static io.claimwatch.db.Tables.CONTRADICTION;

import io.claimwatch.Database;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.TextAnalyzer;
import io.claimwatch.dataset.StatisticsRepository;
import io.claimwatch.web.Clock;
import io.claimwatch.web.JsonText;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Builds a large store fast: a few hundred generated texts are analysed once, then replicated with
 * other ids, days, sources and topics straight into the tables (multi-row inserts), each statement
 * paired with the previous one of its topic so the contradiction table grows with the store; then
 * ANALYZE. A store that already holds the statements asked for is used as it is.
 */
final class BenchStore {

    static final String RUN = "b";
    private static final int TEXTS = 400;
    private static final int BATCH = 1000;

    /** What to build: {@code statements} spread over {@code topics} topics named {@code prefix}N-b, texts from {@code texts}. */
    record Plan(String prefix, int statements, int topics, Function<Random, String> texts) {
    }

    private record Analysed(String text, String claimsJson, List<String> keys) {
    }

    private BenchStore() {
    }

    /** The topic ids a plan fills, in order. */
    static String topicId(Plan plan, int n) {
        return plan.prefix() + n + "-" + RUN;
    }

    static void build(String url, String user, String password, List<Plan> plans) {
        try (Database db = Database.open(url, user, password, new SimpleMeterRegistry())) {
            BulkRepository bulk = new BulkRepository(db.dsl());
            long wanted = plans.stream().mapToLong(Plan::statements).sum();
            long have = bulk.statements();
            if (have >= wanted) {
                System.out.printf("store %s: %,d statements already (wanted %,d), used as it is%n", url, have, wanted);
                return;
            }
            if (have > 0) {
                throw new IllegalStateException(url + " holds " + have + " statements, fewer than the " + wanted
                        + " wanted: give an empty database");
            }
            OffsetDateTime now = Clock.now();
            Statements.SOURCES.forEach(s -> bulk.source(s + "-" + RUN, now));
            long t0 = System.nanoTime();
            long id = 1;
            long pairId = bulk.nextId(CONTRADICTION, CONTRADICTION.ID);
            for (Plan plan : plans) {
                for (int t = 0; t < plan.topics(); t++) {
                    bulk.topic(topicId(plan, t), now);
                }
                List<Analysed> texts = analyse(plan.texts());
                long[] lastOfTopic = new long[plan.topics()];
                Random random = new Random(plan.prefix().hashCode());
                List<BulkRepository.Row> rows = new ArrayList<>();
                for (int i = 0; i < plan.statements(); i++) {
                    int topic = random.nextInt(plan.topics());
                    Analysed a = texts.get(random.nextInt(texts.size()));
                    LocalDate day = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(366));
                    rows.add(new BulkRepository.Row(id, a.text(), Statements.source(random, RUN), topicId(plan, topic), day,
                            a.claimsJson(), a.keys(), lastOfTopic[topic]));
                    lastOfTopic[topic] = id++;
                    if (rows.size() == BATCH || i == plan.statements() - 1) {
                        long pairs = rows.stream().filter(r -> r.pairedWith() > 0).count();
                        bulk.insert(rows, pairId, now);
                        pairId += pairs;
                        rows.clear();
                        if (id % 50_000 < BATCH) {
                            System.out.printf("  %,d statements (%.0f/s)%n", id - 1, (id - 1) / ((System.nanoTime() - t0) / 1e9));
                        }
                    }
                }
            }
            bulk.restartIdentities();
            long a0 = System.nanoTime();
            new StatisticsRepository(db.dsl()).analyze();
            System.out.printf("store %s: %,d statements built in %.0f s (ANALYZE %.1f s)%n", url, id - 1,
                    (System.nanoTime() - t0) / 1e9, (System.nanoTime() - a0) / 1e9);
        }
    }

    private static List<Analysed> analyse(Function<Random, String> texts) {
        Random random = new Random(7);
        List<Analysed> analysed = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            String text = texts.apply(random);
            List<Claim> claims = TextAnalyzer.shared().analyze(text, DateSpan.parse("2016-06-15"));
            List<String> keys = Claim.keysOf(claims).stream().filter(k -> k.length() <= 200).toList();
            analysed.add(new Analysed(text, JsonText.write(claims), keys));
        }
        return analysed;
    }
}
