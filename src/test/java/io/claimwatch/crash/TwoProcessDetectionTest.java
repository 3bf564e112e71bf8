package io.claimwatch.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.support.ChildServer;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two server processes (separate JVMs) on one PostgreSQL: the two sides of each contradicting pair
 * are posted to different processes at the same moment. Each pair is flagged exactly once, and
 * exactly one creation event is logged per stored contradiction, naming a row that exists.
 */
class TwoProcessDetectionTest {

    private static final int PAIRS = 40;

    @Test
    void eachPairIsFlaggedOnceAndAnnouncedOnce() throws Exception {
        assumeTrue(TestDatabase.configured().anyMatch(d -> d == TestDatabase.POSTGRESQL),
                "needs PostgreSQL (CLAIMWATCH_TEST_PG_URL): an embedded H2 file is opened by one process only");
        try (TestDatabase.Fresh db = TestDatabase.POSTGRESQL.fresh()) {
            ChildServer.start(db.url()).close(); // migrate once, so the two do not race on Flyway
            CompletableFuture<ChildServer> first = CompletableFuture.supplyAsync(() -> start(db.url()));
            CompletableFuture<ChildServer> second = CompletableFuture.supplyAsync(() -> start(db.url()));
            try (ChildServer one = first.get(); ChildServer two = second.get()) {
                Http a = new Http(one.url());
                Http b = new Http(two.url());
                Fixtures.catalog(a, "pentagon", null, null);
                for (int i = 0; i < PAIRS; i++) {
                    a.post("/api/v1/topics", Map.of("id", "race-" + i, "title", "race " + i));
                }
                CountDownLatch go = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<Integer>> posts = new ArrayList<>();
                for (int i = 0; i < PAIRS; i++) {
                    String topic = "race-" + i;
                    posts.add(pool.submit(() -> {
                        go.await();
                        return a.post("/api/v1/statements", Fixtures.statement("pentagon", "2016-02-17", "The talks have begun.", topic)).status();
                    }));
                    posts.add(pool.submit(() -> {
                        go.await();
                        return b.post("/api/v1/statements", Fixtures.statement("pentagon", "2016-02-17", "The talks have not begun.", topic)).status();
                    }));
                }
                go.countDown();
                for (Future<Integer> post : posts) {
                    assertThat(post.get()).isEqualTo(201);
                }
                pool.shutdown();
                for (int i = 0; i < PAIRS; i++) {
                    assertThat(b.get("/api/v1/contradictions?topicId=race-" + i).json().get("items")).as("race-" + i).hasSize(1);
                }
            }
            assertEventsMatchRows(db.url());
        }
    }

    private static ChildServer start(String url) {
        try {
            return ChildServer.start(url);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertEventsMatchRows(String url) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Connection c = DriverManager.getConnection(url)) {
            List<Long> announced = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("select payload from event_log where type = 'contradiction.created'")) {
                while (r.next()) {
                    announced.add(json.readTree(r.getString(1)).get("id").asLong());
                }
            }
            Set<Long> stored = new HashSet<>();
            try (ResultSet r = c.createStatement().executeQuery("select id from contradiction")) {
                while (r.next()) {
                    stored.add(r.getLong(1));
                }
            }
            assertThat(stored).hasSize(PAIRS);
            assertThat(announced).as("one creation event per stored contradiction").hasSize(PAIRS)
                    .containsExactlyInAnyOrderElementsOf(stored);
        }
    }
}
