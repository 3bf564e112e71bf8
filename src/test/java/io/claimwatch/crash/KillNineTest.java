package io.claimwatch.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.support.ChildServer;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kill -9 of the server process while statements pour in, five times, then a restart and a retry of
 * every statement (same externalId): nothing acknowledged is lost, nothing is stored twice, no id
 * is given to another statement, every contradicting pair is flagged exactly once, and every
 * contradiction event names a row that exists. Bounded: 5 kills after a few dozen acknowledgements each.
 */
class KillNineTest {

    private static final int PAIRS = 100;
    private static final int KILLS = 5;
    private static final int THREADS = 4;
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One statement to post: a side of pair {@code pair}. */
    private record Item(int pair, boolean negated) {
        String externalId() {
            return "crash-" + pair + (negated ? "-b" : "-a");
        }

        Map<String, Object> body() {
            return Fixtures.with(Fixtures.statement("pentagon", "2016-03-01",
                    negated ? "The talks have not begun." : "The talks have begun.", "crash-" + pair), "externalId", externalId());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("io.claimwatch.support.TestDatabase#configured")
    void killNineDuringIngestLosesNothing(TestDatabase which, @TempDir Path dir) throws Exception {
        try (TestDatabase.Fresh fresh = which.fresh()) {
            String url = which == TestDatabase.H2 ? "jdbc:h2:file:" + dir.resolve("claimwatch") : fresh.url();
            run(which, url);
        }
    }

    private void run(TestDatabase which, String url) throws Exception {
        Instant started = Instant.now();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            items.add(new Item(i, false));
            items.add(new Item(i, true));
        }
        Collections.shuffle(items, new Random(42));
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Map<Long, String> ownerOfId = new ConcurrentHashMap<>();
        AtomicInteger reusedAcrossRuns = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        Random random = new Random(7);

        for (int kill = 0; kill < KILLS && next.get() < items.size(); kill++) {
            ChildServer server = ChildServer.start(url);
            Http http = new Http(server.url());
            catalog(http);
            AtomicInteger acks = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            for (int t = 0; t < THREADS; t++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < items.size()) {
                        Item item = items.get(i);
                        Http.Response response;
                        try {
                            response = http.post("/api/v1/statements", item.body());
                        } catch (IllegalStateException killed) {
                            return; // in flight when the process died: not acknowledged, retried at the end
                        }
                        if (response.status() == 201 || response.status() == 200) {
                            long id = response.json().get("id").asLong();
                            acknowledged.put(item.externalId(), id);
                            String before = ownerOfId.putIfAbsent(id, item.externalId());
                            if (before != null && !before.equals(item.externalId())) {
                                reusedAcrossRuns.incrementAndGet();
                            }
                            acks.incrementAndGet();
                        }
                    }
                });
            }
            int killAt = 15 + random.nextInt(20);
            Instant deadline = Instant.now().plus(DEADLINE);
            while (acks.get() < killAt && next.get() < items.size() && Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
            server.kill9();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        int lost = 0;
        int reused = reusedAcrossRuns.get();
        int unflagged = 0;
        int doubleFlagged = 0;
        int duplicated = 0;
        try (ChildServer server = ChildServer.start(url)) {
            Http http = new Http(server.url());
            catalog(http);
            for (Item item : items) { // retry everything, as a client that never got (or kept) an answer would
                Http.Response response = http.post("/api/v1/statements", item.body());
                assertThat(response.status()).as(response.body()).isIn(200, 201);
                Long ack = acknowledged.get(item.externalId());
                if (ack != null && response.status() == 201) {
                    lost++; // acknowledged before, created again now: the first was lost
                }
                if (ack != null && response.json().get("id").asLong() != ack) {
                    reused++;
                }
            }
            for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                JsonNode stored = http.get("/api/v1/statements/" + ack.getValue()).json();
                if (!ack.getKey().equals(stored.path("externalId").asText())) {
                    reused++;
                }
            }
            Instant deadline = Instant.now().plus(DEADLINE);
            for (int i = 0; i < PAIRS; i++) {
                duplicated += http.get("/api/v1/statements?topicId=crash-" + i).json().get("items").size() - 2;
                int flagged;
                while ((flagged = http.get("/api/v1/contradictions?topicId=crash-" + i + "&status=open").json()
                        .get("items").size()) == 0 && Instant.now().isBefore(deadline)) {
                    Thread.sleep(50);
                }
                unflagged += flagged == 0 ? 1 : 0;
                doubleFlagged += flagged > 1 ? 1 : 0;
            }
        }
        int phantomEvents = phantomEvents(url);
        System.out.printf("[%s] kill -9 x%d during ingest of %d statements (%d pairs): acknowledged %d, lost %d, "
                        + "duplicated %d, ids re-used %d, pairs never flagged %d, flagged twice %d, "
                        + "contradiction events for missing rows %d; %d s%n",
                which, KILLS, items.size(), PAIRS, acknowledged.size(), lost, duplicated, reused, unflagged, doubleFlagged,
                phantomEvents, Duration.between(started, Instant.now()).toSeconds());
        assertThat(List.of(lost, duplicated, reused, unflagged, doubleFlagged, phantomEvents)).containsOnly(0);
    }

    private static void catalog(Http http) {
        Fixtures.catalog(http, "pentagon", null, null);
        for (int i = 0; i < PAIRS; i++) {
            http.post("/api/v1/topics", Map.of("id", "crash-" + i, "title", "crash " + i));
        }
    }

    /** Contradiction events whose contradiction does not exist, read from the database once the server is down. */
    private static int phantomEvents(String url) throws Exception {
        int missing = 0;
        String direct = url.startsWith("jdbc:h2:") ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" : url;
        try (Connection c = DriverManager.getConnection(direct);
             ResultSet events = c.createStatement().executeQuery(
                     "select payload from event_log where type like 'contradiction.%'")) {
            while (events.next()) {
                long id = JSON.readTree(events.getString(1)).get("id").asLong();
                try (var exists = c.prepareStatement("select 1 from contradiction where id = ?")) {
                    exists.setLong(1, id);
                    missing += exists.executeQuery().next() ? 0 : 1;
                }
            }
        }
        return missing;
    }
}
