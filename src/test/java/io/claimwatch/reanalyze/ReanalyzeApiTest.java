package io.claimwatch.reanalyze;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.Main;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Re-analysis over HTTP and from the command line. A detector change is simulated by writing to the
 * database what an older detector would have left: a changed verdict, and a pair it no longer finds.
 */
class ReanalyzeApiTest extends ApiTest {

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(databaseUrl()); var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Starts a run and polls its job until it is done (with a deadline). */
    private static JsonNode reanalyze(String query) throws InterruptedException {
        Response started = http.post("/api/v1/reanalyze" + query, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/v1/reanalyze/");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = http.get(location).json();
            if (job.get("status").asText().equals("done")) {
                return job;
            }
            assertThat(job.get("status").asText()).isIn("queued", "running");
            Thread.sleep(50);
        }
        throw new AssertionError("re-analysis not done within 60 s");
    }

    private static long post(String topic, String text) {
        return http.post("/api/v1/statements", statement("pentagon", "2016-03-01", text, topic)).json().get("id").asLong();
    }

    @Test
    void foundAgainKeepsItsIdAndNoLongerFoundIsWithdrawn() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "again");
        long begun = post("again", "The talks have begun.");
        post("again", "The talks have not begun.");
        long resigned = post("again", "The minister resigned.");
        JsonNode found = http.get("/api/v1/contradictions?topicId=again").json().at("/items/0");
        long id = found.get("id").asLong();
        // what an older detector might have stored: another verdict for the real pair, and a pair it no longer finds
        sql("update contradiction set confidence = 0.5, detector_version = 'rules-0' where id = " + id);
        sql("insert into contradiction (statement_a_id, statement_b_id, kind, relation, scope, confidence, explanation, "
                + "evidence, detector_version, status, detected_at, updated_at, version) values (" + begun + ", " + resigned
                + ", 'antonym', 'conflict', 'same-source', 0.6, 'old', '[]', 'rules-0', 'open', current_timestamp, "
                + "current_timestamp, 1)");
        long stale = http.get("/api/v1/contradictions?topicId=again&kind=antonym").json().at("/items/0/id").asLong();

        JsonNode job = reanalyze("?topicId=again");
        assertThat(job.get("total").asLong()).isEqualTo(3);
        assertThat(job.get("done").asLong()).isEqualTo(3);

        JsonNode updated = http.get("/api/v1/contradictions/" + id).json();
        assertThat(updated.get("confidence").asDouble()).isEqualTo(found.get("confidence").asDouble());
        assertThat(updated.get("detectorVersion").asText()).isEqualTo(found.get("detectorVersion").asText());
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(updated.at("/history/0/action").asText()).isEqualTo("updated");
        assertThat(updated.at("/history/0/note").asText()).contains("confidence 0.5 -> ");

        JsonNode withdrawn = http.get("/api/v1/contradictions/" + stale).json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("withdrawn");
        assertThat(http.get("/api/v1/contradictions?topicId=again&status=open").json().get("items")).hasSize(1);

        JsonNode quiet = reanalyze("?topicId=again");
        assertThat(quiet.get("done").asLong()).isEqualTo(3);
        assertThat(http.get("/api/v1/contradictions/" + id).json().get("version").asInt())
                .as("a second run finds the same and changes nothing").isEqualTo(2);
    }

    @Test
    void onlyOutdatedSkipsStatementsTheCurrentVersionsProduced() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "outdated");
        post("outdated", "The talks have begun.");
        long old = post("outdated", "The talks have not begun.");
        sql("update statement_claims set detector_version = 'rules-0' where statement_id = " + old);
        JsonNode job = reanalyze("?topicId=outdated&onlyOutdated=true");
        assertThat(job.get("total").asLong()).isEqualTo(2);
        assertThat(job.get("skipped").asLong()).isEqualTo(1);
        assertThat(reanalyze("?topicId=outdated&onlyOutdated=true").get("skipped").asLong()).isEqualTo(2);
    }

    @Test
    void badRequestsAreProblems() {
        Response unknownTopic = http.post("/api/v1/reanalyze?topicId=nowhere", null);
        assertThat(unknownTopic.status()).isEqualTo(422);
        assertThat(unknownTopic.json().at("/errors/0/field").asText()).isEqualTo("topicId");
        assertThat(http.post("/api/v1/reanalyze?onlyOutdated=maybe", null).status()).isEqualTo(400);
        assertThat(http.post("/api/v1/reanalyze?everything=1", null).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/reanalyze/987654").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/reanalyze/abc").status()).isEqualTo(404);
    }

    @Test
    void theCommandLineRunsTheSameOnTheDatabase() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "cli");
        post("cli", "The talks have begun.");
        post("cli", "The talks have not begun.");
        long id = http.get("/api/v1/contradictions?topicId=cli").json().at("/items/0/id").asLong();
        sql("update contradiction set kind = 'numeric' where id = " + id);

        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("reanalyze", "--topic", "cli", "--db", databaseUrl())).isZero();
        JsonNode after = http.get("/api/v1/contradictions/" + id).json();
        assertThat(after.get("kind").asText()).isNotEqualTo("numeric");
        assertThat(after.get("version").asInt()).isEqualTo(2);
        assertThat(cli.execute("reanalyze", "--topic", "nowhere", "--db", databaseUrl())).isEqualTo(1);
    }
}
