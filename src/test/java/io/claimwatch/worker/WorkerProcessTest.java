package io.claimwatch.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.Limits;
import io.claimwatch.support.ChildWorker;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Detection worker processes ({@code claimwatch worker}) drain the queue that POSTs with
 * {@code wait=false} leave: two at once detect every statement exactly once, and a worker killed with
 * SIGKILL in the middle of a batch loses nothing (another one detects what it held).
 */
class WorkerProcessTest {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoWorkersShareTheQueueAndDetectEachStatementOnce() throws Exception {
        assumeTrue(TestDatabase.configured().anyMatch(d -> d == TestDatabase.POSTGRESQL),
                "needs PostgreSQL (CLAIMWATCH_TEST_PG_URL): an embedded H2 file is opened by one process only");
        int pairs = 100;
        try (TestDatabase.Fresh db = TestDatabase.POSTGRESQL.fresh()) {
            App.start(config(db.url()), Limits.defaults().withWorkers(0)).close(); // migrate before the workers race on Flyway
            try (ChildWorker one = ChildWorker.start(db.url()); ChildWorker two = ChildWorker.start(db.url())) {
                one.awaitReady(DEADLINE);
                two.awaitReady(DEADLINE);
                try (App app = App.start(config(db.url()), Limits.defaults().withWorkers(0))) {
                    postPairs(new Http("http://127.0.0.1:" + app.port()), pairs);
                }
                awaitEmptyQueue(db.url());
                // their progress lines (every 50 ms when the count changed) settle once the queue is empty
                Instant deadline = Instant.now().plus(DEADLINE);
                while (one.detectedSoFar() + two.detectedSoFar() < 2 * pairs && Instant.now().isBefore(deadline)) {
                    Thread.sleep(50);
                }
                Thread.sleep(500); // a double detection would show up as a count beyond the total
                long byOne = one.detectedSoFar();
                long byTwo = two.detectedSoFar();
                System.out.printf("two workers detected %d + %d of %d statements%n", byOne, byTwo, 2 * pairs);
                assertThat(byOne + byTwo).as("each statement detected by exactly one worker").isEqualTo(2 * pairs);
                assertThat(byOne).as("both took part").isPositive();
                assertThat(byTwo).as("both took part").isPositive();
            }
            assertEverythingDetected(db.url(), pairs);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("io.claimwatch.support.TestDatabase#configured")
    void aWorkerKilledMidBatchLosesNothing(TestDatabase which, @TempDir Path dir) throws Exception {
        int pairs = 150;
        try (TestDatabase.Fresh fresh = which.fresh()) {
            String url = which == TestDatabase.H2 ? "jdbc:h2:file:" + dir.resolve("claimwatch") : fresh.url();
            try (App app = App.start(config(url), Limits.defaults().withWorkers(0))) {
                postPairs(new Http("http://127.0.0.1:" + app.port()), pairs);
            } // an embedded H2 file is opened by one process at a time: the server stops before the workers run
            assertThat(queued(url)).isEqualTo(2 * pairs);

            ChildWorker killed = ChildWorker.start(url, "--threads", "2");
            Instant deadline = Instant.now().plus(DEADLINE);
            while (killed.detectedSoFar() < 10 && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            killed.kill9();
            long left = queued(url);
            System.out.printf("[%s] worker killed with %d of %d statements still queued%n", which, left, 2 * pairs);
            assertThat(killed.detectedSoFar()).as(killed.output()).isGreaterThanOrEqualTo(10);
            assertThat(left).as("killed in the middle of the batch").isPositive();

            long rest = ChildWorker.start(url, "--exit-when-empty").awaitExit(DEADLINE);
            assertThat(rest).isEqualTo(left);
            assertEverythingDetected(url, pairs);
        }
    }

    private static Config config(String url) {
        return new Config("127.0.0.1", 0, url, null, null, false, List.of());
    }

    /** Each pair in its own topic: "begun" and "not begun", posted without waiting for detection. */
    private static void postPairs(Http http, int pairs) {
        Fixtures.catalog(http, "pentagon", null, null);
        for (int i = 0; i < pairs; i++) {
            http.post("/api/v1/topics", Map.of("id", "w-" + i, "title", "w " + i));
        }
        for (int i = 0; i < pairs; i++) {
            for (String text : List.of("The talks have begun.", "The talks have not begun.")) {
                var response = http.post("/api/v1/statements?wait=false", Fixtures.statement("pentagon", "2016-03-01", text, "w-" + i));
                assertThat(response.status()).as(response.body()).isEqualTo(201);
            }
        }
    }

    private static void awaitEmptyQueue(String url) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (queued(url) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(queued(url)).isZero();
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url.startsWith("jdbc:h2:") ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" : url);
    }

    private static long queued(String url) throws Exception {
        return count(url, "select count(*) from detection_queue");
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = connect(url); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Queue empty, every statement marked detected, one contradiction per pair, one creation event per row. */
    private static void assertEverythingDetected(String url, int pairs) throws Exception {
        assertThat(queued(url)).isZero();
        assertThat(count(url, "select count(*) from statement_claims where detector_version is null")).isZero();
        assertThat(count(url, "select count(*) from statement")).isEqualTo(2L * pairs);
        Set<Long> stored = new HashSet<>();
        List<Long> announced = new ArrayList<>();
        try (Connection c = connect(url)) {
            try (ResultSet r = c.createStatement().executeQuery("select id from contradiction")) {
                while (r.next()) {
                    stored.add(r.getLong(1));
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("select payload from event_log where type = 'contradiction.created'")) {
                while (r.next()) {
                    announced.add(JSON.readTree(r.getString(1)).get("id").asLong());
                }
            }
        }
        assertThat(stored).as("one contradiction per pair").hasSize(pairs);
        assertThat(announced).as("one creation event per stored contradiction").containsExactlyInAnyOrderElementsOf(stored);
        assertThat(count(url, "select count(*) from event_log where type <> 'contradiction.created' and type like 'contradiction.%'"))
                .as("nothing updated or withdrawn: no statement was detected twice with another outcome").isZero();
    }
}
