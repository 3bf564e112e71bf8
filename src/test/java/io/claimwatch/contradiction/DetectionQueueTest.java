package io.claimwatch.contradiction;

import static io.claimwatch.support.Fixtures.statement;
import static io.claimwatch.support.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A statement stored but never compared (its process died between the commit and the detection)
 * is left in the database as such a crash leaves it: claims stored, queued, no contradiction. The
 * sweep of a running process detects it; so does a retry of the same externalId.
 */
class DetectionQueueTest extends ApiTest {

    /** The pair {@link #undetectedPair} deleted: a pair found again has a new id. */
    private static long forgedAway;

    private static Connection db() throws Exception {
        return DriverManager.getConnection(databaseUrl());
    }

    /** Posts a contradicting pair, then puts the second back in the state a crash before its detection leaves. */
    private static Map<String, Object> undetectedPair(String topic, String queuedAt) throws Exception {
        Fixtures.catalog(http, "pentagon", null, topic);
        http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The talks have begun.", topic));
        Map<String, Object> second = with(statement("pentagon", "2016-03-01", "The talks have not begun.", topic),
                "externalId", topic + "-b");
        long id = http.post("/api/v1/statements", second).json().get("id").asLong();
        var found = http.get("/api/v1/contradictions?topicId=" + topic).json().get("items");
        assertThat(found).hasSize(1);
        forgedAway = found.get(0).get("id").asLong();
        try (Connection c = db(); var s = c.createStatement()) {
            s.execute("delete from event_log where type = 'contradiction.created' and payload like '%\"id\":" + id + ",%'");
            s.execute("delete from contradiction where statement_b_id = " + id);
            s.execute("update statement_claims set detector_version = null where statement_id = " + id);
            s.execute("insert into detection_queue (statement_id, revision, queued_at) select statement_id, revision, "
                    + queuedAt + " from statement_claims where statement_id = " + id);
        }
        // the forged state, read where it was forged: written behind the service's back, it leaves no
        // event, so a list the service answered a moment ago may still be served for up to a second
        try (Connection c = db(); ResultSet r = c.createStatement().executeQuery(
                "select count(*) from contradiction where statement_b_id = " + id)) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
        return second;
    }

    private static int queued() throws Exception {
        try (Connection c = db(); ResultSet r = c.createStatement().executeQuery("select count(*) from detection_queue")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void theSweepDetectsAStatementLeftUndetected() throws Exception {
        undetectedPair("swept", "current_timestamp");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (queued() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(queued()).isZero();
        var items = http.get("/api/v1/contradictions?topicId=swept").json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asLong()).isNotEqualTo(forgedAway); // found again by the sweep
    }

    @Test
    void aRetryOfTheSameExternalIdDetectsIt() throws Exception {
        // queued in the future: the sweep leaves it alone, so only the retry can detect it
        Map<String, Object> second = undetectedPair("retried", "current_timestamp + interval '1' hour");
        Response retry = http.post("/api/v1/statements", second);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/contradictions?topicId=retried").json().get("items")).hasSize(1);
        assertThat(queued()).isZero();
    }
}
