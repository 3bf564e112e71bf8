package io.claimwatch.bench;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.Limits;
import io.claimwatch.Main.DbOptions;
import io.claimwatch.contradiction.CandidatePicker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import picocli.CommandLine.Option;

/**
 * The scale scenarios of {@code bench --scenario}: POST with detection into a large store against a
 * small one (same topic structure), into a hot topic against small ones, and fixed-rate reads
 * against /health. Stores are built fast by {@link BenchStore} and kept for the next run.
 */
public final class ScaleBench {

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "size (large store vs small), hot-topic (10,000 statements sharing keys vs topics of 10), reads (fixed-rate p50/p99)")
    String scenario;

    @Option(names = "--size", defaultValue = "100000", description = "statements in the large store (default ${DEFAULT-VALUE}; 1000000 works)")
    int size;

    @Option(names = "--small", defaultValue = "10000", description = "statements in the small store (default ${DEFAULT-VALUE})")
    int small;

    @Option(names = "--small-db", paramLabel = "JDBC_URL", description = "the small store for --scenario size (default: an H2 file under /tmp)")
    String smallDb;

    @Option(names = "--posts", defaultValue = "100", description = "POSTs per side per round (default ${DEFAULT-VALUE})")
    int posts;

    @Option(names = "--rounds", defaultValue = "3", description = "rounds of --scenario size/hot-topic and of --workers; the median is reported (default ${DEFAULT-VALUE})")
    int rounds;

    int rounds() {
        return rounds;
    }

    @Option(names = "--rates", split = ",", defaultValue = "200,1000", description = "request rates for reads (default ${DEFAULT-VALUE})")
    int[] rates;

    @Option(names = "--seconds", defaultValue = "10", description = "seconds per endpoint and rate for reads (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--candidates-per-key", paramLabel = "N", description = "the server's --candidates-per-key (default: its default)")
    Integer perKey;

    @Option(names = "--candidates-max", paramLabel = "N", description = "the server's --candidates-max (default: its default)")
    Integer maxCandidates;

    private static final String H2_DIR = "jdbc:h2:file:/tmp/claimwatch-bench/";
    private static final int PER_TOPIC = 100;
    private final HttpClient client = HttpClient.newHttpClient();

    public boolean requested() {
        return scenario != null;
    }

    public int run(DbOptions db) throws Exception {
        boolean defaultDb = db.url.equals(Config.DEFAULT_DB_URL);
        switch (scenario) {
            case "size" -> size(defaultDb ? H2_DIR + "large-" + size : db.url,
                    smallDb != null ? smallDb : H2_DIR + "small-" + small, db);
            case "hot-topic" -> hotTopic(defaultDb ? H2_DIR + "hot" : db.url, db);
            case "reads" -> reads(defaultDb ? H2_DIR + "large-" + size : db.url, db);
            default -> throw new IllegalArgumentException("--scenario is size, hot-topic or reads");
        }
        return 0;
    }

    private static BenchStore.Plan plain(int statements) {
        return new BenchStore.Plan("t", statements, Math.max(1, statements / PER_TOPIC), Statements::text);
    }

    private void size(String largeUrl, String smallUrl, DbOptions db) throws Exception {
        BenchStore.Plan large = plain(size);
        BenchStore.Plan little = plain(small);
        BenchStore.build(largeUrl, db.user, db.password, List.of(large));
        BenchStore.build(smallUrl, db.user, db.password, List.of(little));
        try (App big = start(largeUrl, db); App few = start(smallUrl, db)) {
            Random random = new Random(11);
            compare("size: " + size + " vs " + small + " statements", "large", base(big),
                    i -> post(random, BenchStore.topicId(large, random.nextInt(large.topics())), false),
                    "small", base(few), i -> post(random, BenchStore.topicId(little, random.nextInt(little.topics())), false));
        }
    }

    private void hotTopic(String url, DbOptions db) throws Exception {
        BenchStore.Plan hot = new BenchStore.Plan("hot", 10_000, 1, Statements::talk);
        BenchStore.Plan cold = new BenchStore.Plan("cold", 1_000, 100, Statements::talk);
        BenchStore.build(url, db.user, db.password, List.of(hot, cold));
        try (App app = start(url, db)) {
            Random random = new Random(13);
            compare("hot topic: 10,000 statements sharing keys vs topics of 10", "hot", base(app),
                    i -> post(random, BenchStore.topicId(hot, 0), true),
                    "cold", base(app), i -> post(random, BenchStore.topicId(cold, Math.floorMod(i, cold.topics())), true));
            System.out.println(capped(app));
        }
    }

    private void reads(String url, DbOptions db) throws Exception {
        BenchStore.Plan plan = plain(size);
        BenchStore.build(url, db.user, db.password, List.of(plan));
        try (App app = start(url, db)) {
            String base = base(app);
            String late = BenchStore.topicId(plan, plan.topics() - 1);
            List<String> paths = List.of("/health", "/api/v1/contradictions?limit=50",
                    "/api/v1/contradictions?limit=50&topicId=" + late, "/api/v1/statements?limit=50&topicId=" + late,
                    "/api/v1/topics/" + late + "/timeline", "/api/v1/stats", "/api/v1/stats?topicId=" + late);
            String root = base.substring(0, base.indexOf("/api/v1"));
            for (String path : paths) {
                FixedRate.run(client, root + path, 50, 1); // warm: plans, caches, connections
            }
            for (int rate : rates) {
                double health = 0;
                System.out.printf("reads at %d req/s, %.0f s each, %,d statements (%s)%n", rate, seconds, size, url);
                for (String path : paths) {
                    // one second at the rate first, not measured: the connections and threads this rate needs
                    FixedRate.run(client, root + path, rate, 1);
                    FixedRate.Result r = FixedRate.run(client, root + path, rate, seconds);
                    health = path.equals("/health") ? r.p99() : health;
                    System.out.printf("  %-60s p50 %7.2f ms  p99 %8.2f ms  p99/health %5.1f  errors %d/%d%n", path,
                            r.p50(), r.p99(), r.p99() / health, r.errors(), r.sent());
                }
            }
        }
    }

    /** Interleaves POSTs A B A B for each round; prints each side's throughput, the ratio and their medians. */
    private void compare(String title, String aName, String aBase, IntFunction<String> aBody,
                         String bName, String bBase, IntFunction<String> bBody) throws Exception {
        System.out.println(title);
        for (int i = 0; i < Math.min(posts, 20); i++) { // warm-up, not counted: JIT, caches, connections
            timedPost(aBase + "/statements", aBody.apply(-1 - i));
            timedPost(bBase + "/statements", bBody.apply(-1 - i));
        }
        double[] ratios = new double[rounds];
        double[] aRates = new double[rounds];
        double[] bRates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            List<Long> a = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                a.add(timedPost(aBase + "/statements", aBody.apply(r * posts + i)));
                b.add(timedPost(bBase + "/statements", bBody.apply(r * posts + i)));
            }
            aRates[r] = posts / (a.stream().mapToLong(Long::longValue).sum() / 1e9);
            bRates[r] = posts / (b.stream().mapToLong(Long::longValue).sum() / 1e9);
            ratios[r] = aRates[r] / bRates[r];
            a.sort(null);
            b.sort(null);
            System.out.printf("  round %d: %s %.1f/s (p50 %.1f ms, p99 %.1f ms), %s %.1f/s (p50 %.1f ms, p99 %.1f ms), ratio %.2f%n",
                    r + 1, aName, aRates[r], FixedRate.pct(a, 50), FixedRate.pct(a, 99), bName, bRates[r],
                    FixedRate.pct(b, 50), FixedRate.pct(b, 99), ratios[r]);
        }
        System.out.printf("  median: %s %.1f/s, %s %.1f/s, ratio %s/%s %.2f%n", aName, median(aRates), bName,
                median(bRates), aName, bName, median(ratios));
    }

    private static String post(Random random, String topicId, boolean talk) {
        return Statements.post(talk ? Statements.talk(random) : Statements.text(random),
                Statements.source(random, BenchStore.RUN), Statements.date(random), topicId);
    }

    private long timedPost(String url, String body) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - t0;
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }

    private String capped(App app) throws Exception {
        String metrics = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(l -> l.startsWith("claimwatch_detection_candidates_capped")).findFirst()
                .map(l -> "  " + l).orElse("  (no capped counter)");
    }

    private App start(String url, DbOptions db) {
        Limits limits = Limits.defaults().withRate(0, 0);
        limits = limits.withCandidates(new CandidatePicker(perKey == null ? limits.candidates().perKey() : perKey,
                maxCandidates == null ? limits.candidates().total() : maxCandidates));
        return App.start(new Config("127.0.0.1", 0, url, db.user, db.password, false, List.of()), limits);
    }

    private static String base(App app) {
        return "http://127.0.0.1:" + app.port() + "/api/v1";
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
