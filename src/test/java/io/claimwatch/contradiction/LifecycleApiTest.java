package io.claimwatch.contradiction;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.TestDatabase;
import io.claimwatch.support.SseStream;
import io.claimwatch.support.SseStream.SseEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A contradiction's life: found, reviewed, withdrawn (never deleted), found again under its own id. */
class LifecycleApiTest extends ApiTest {

    private static final Map<String, String> ANY = Map.of("If-Match", "*");

    private static final Duration WAIT = Duration.ofSeconds(15);

    private record Pair(long contradiction, long first, long second) {
        String path() {
            return "/api/v1/contradictions/" + contradiction;
        }
    }

    private static Pair pair(String topic) {
        Fixtures.catalog(http, "pentagon", null, topic);
        long first = http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The talks have begun.", topic)).json().get("id").asLong();
        long second = http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The talks have not begun.", topic)).json().get("id").asLong();
        JsonNode items = http.get("/api/v1/contradictions?topicId=" + topic).json().get("items");
        assertThat(items).hasSize(1);
        return new Pair(items.get(0).get("id").asLong(), first, second);
    }

    private static void review(Pair pair, String status, String etag) {
        Response reviewed = http.patch(pair.path(), Map.of("status", status, "note", "checked", "reviewer", "ana"),
                Map.of("If-Match", etag));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    }

    /** The replayed event of {@code type} about contradiction {@code id}. */
    private static SseEvent eventAbout(String type, long id) throws InterruptedException {
        try (SseStream stream = new SseStream("http://127.0.0.1:" + app.port() + "/api/v1/events", "0")) {
            while (true) {
                SseEvent event = stream.nextOfType(type, WAIT);
                if (event.data().startsWith("{\"id\":" + id + ",")) {
                    return event;
                }
            }
        }
    }

    @Test
    void deletingAStatementWithAReviewedPairIs409UnlessForcedAndTheReviewIsKept() throws Exception {
        Pair pair = pair("delete-reviewed");
        review(pair, "confirmed", "\"1\"");

        Response refused = http.send("DELETE", "/api/v1/statements/" + pair.first(), null, ANY);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("force");
        assertThat(refused.body()).contains(Long.toString(pair.contradiction()));
        assertThat(http.get("/api/v1/statements/" + pair.first()).status()).isEqualTo(200);
        assertThat(http.send("DELETE", "/api/v1/statements/" + pair.first() + "?force=perhaps", null, ANY).status()).isEqualTo(400);

        assertThat(http.send("DELETE", "/api/v1/statements/" + pair.first() + "?force=true", null, ANY).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/statements/" + pair.first()).status()).isEqualTo(404);
        JsonNode kept = http.get(pair.path()).json();
        assertThat(kept.get("status").asText()).isEqualTo("withdrawn");
        assertThat(kept.get("reviewNote").asText()).isEqualTo("checked");
        assertThat(kept.get("reviewer").asText()).isEqualTo("ana");
        assertThat(kept.at("/history/0/action").asText()).isEqualTo("review");
        assertThat(kept.at("/history/0/status").asText()).isEqualTo("confirmed");
        assertThat(kept.at("/history/1/action").asText()).isEqualTo("withdrawn");
        assertThat(kept.at("/history/1/note").asText()).contains("deleted");
        assertThat(kept.get("statements")).extracting(s -> s.get("text").asText())
                .containsExactlyInAnyOrder("The talks have begun.", "The talks have not begun.");
        assertThat(http.get("/api/v1/contradictions?status=withdrawn&topicId=delete-reviewed").json().get("items")).hasSize(1);
        assertThat(eventAbout("contradiction.withdrawn", pair.contradiction()).data()).contains("\"status\":\"withdrawn\"");
    }

    @Test
    void deletingAStatementWithOnlyOpenPairsWithdrawsThem() {
        Pair pair = pair("delete-open");
        assertThat(http.send("DELETE", "/api/v1/statements/" + pair.second(), null, ANY).status()).isEqualTo(204);
        JsonNode kept = http.get(pair.path()).json();
        assertThat(kept.get("status").asText()).isEqualTo("withdrawn");
        assertThat(kept.get("version").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/contradictions?status=open&topicId=delete-open").json().get("items")).isEmpty();
    }

    @Test
    void aReviewedPairNoLongerFoundIsWithdrawnAndFoundAgainItsReviewComesBack() {
        Pair pair = pair("review-kept");
        review(pair, "dismissed", "\"1\"");
        Response edited = http.patch("/api/v1/statements/" + pair.second(), Map.of("text", "The talks have begun in earnest."),
                Map.of("If-Match", "\"1\""));
        assertThat(edited.status()).isEqualTo(200);
        JsonNode withdrawn = http.get(pair.path()).json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("withdrawn");
        assertThat(withdrawn.get("reviewNote").asText()).isEqualTo("checked");

        Response refused = http.patch(pair.path(), Map.of("status", "confirmed"), Map.of("If-Match", withdrawn.get("version").toString()
                .transform(v -> "\"" + v + "\"")));
        assertThat(refused.status()).as("a withdrawn pair cannot be reviewed").isEqualTo(409);

        http.patch("/api/v1/statements/" + pair.second(), Map.of("text", "The talks have not begun."), Map.of("If-Match", "\"2\""));
        JsonNode again = http.get(pair.path()).json();
        assertThat(again.get("status").asText()).as("the last decision comes back").isEqualTo("dismissed");
        assertThat(again.get("version").asInt()).isEqualTo(4);
        assertThat(again.get("history")).extracting(h -> h.get("action").asText())
                .containsExactly("review", "withdrawn", "restored");
    }

    @Test
    void anEditThatKeepsThePairChangesNothingVisible() {
        Pair pair = pair("unchanged");
        http.patch("/api/v1/statements/" + pair.second(), Map.of("reportedOn", "2016-03-02"), Map.of("If-Match", "\"1\""));
        JsonNode same = http.get(pair.path()).json();
        assertThat(same.get("status").asText()).isEqualTo("open");
        assertThat(same.get("version").asInt()).as("the same verdict found again is no change").isEqualTo(1);
        assertThat(http.get("/api/v1/contradictions?topicId=unchanged").json().get("items")).hasSize(1);
    }

    @Test
    void aPairThatOutlivedItsStatementSurvivesExportAndImport() {
        Pair pair = pair("outlived");
        review(pair, "confirmed", "\"1\"");
        assertThat(http.send("DELETE", "/api/v1/statements/" + pair.first() + "?force=true", null, ANY).status()).isEqualTo(204);
        JsonNode kept = http.get(pair.path()).json();
        assertThat(kept.get("statements")).filteredOn(s -> s.path("deleted").asBoolean())
                .extracting(s -> s.get("id").asLong()).containsExactly(pair.first());

        ObjectNode exported = (ObjectNode) http.get("/api/v1/export/dataset").json();
        exported.remove("exportedAt");
        try (TestDatabase.Fresh fresh = db.fresh();
             App other = App.start(new Config("127.0.0.1", 0, fresh.url(), null, null, false, List.of()))) {
            Http empty = new Http("http://127.0.0.1:" + other.port());
            Response imported = empty.post("/api/v1/import", exported.toString());
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(empty.get(pair.path()).json()).isEqualTo(kept);
            ObjectNode again = (ObjectNode) empty.get("/api/v1/export/dataset").json();
            again.remove("exportedAt");
            assertThat(again).isEqualTo(exported);
        }
    }
}
