package io.claimwatch.scale;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The topic filter of lists, timeline and stats follows topic edits and deletes at once, and /stats,
 * kept between calls while nothing changes, counts again after every create, edit, review and delete.
 */
class TopicFilterAndStatsTest extends ApiTest {

    private static final Map<String, String> ANY = Map.of("If-Match", "*");

    @Test
    void topicFilterFollowsEditsAndDeletes() {
        Fixtures.catalog(http, "wire", null, "north");
        Fixtures.catalog(http, "wire", null, "south");
        long begun = post("2016-03-01", "The talks have begun.", "north");
        long denied = post("2016-03-01", "The talks have not begun.", "north");
        assertThat(pairs("north")).hasSize(1);
        assertThat(pairs("south")).isEmpty();
        assertThat(stats("north").get("contradictions").asLong()).isEqualTo(1);
        assertThat(stats("south").get("contradictions").asLong()).isZero();

        moveTo(denied, "south"); // one side in each topic: the pair belongs to both
        assertThat(pairs("north")).hasSize(1);
        assertThat(pairs("south")).hasSize(1);
        assertThat(stats("south").get("statements").asLong()).isEqualTo(1);
        assertThat(stats("south").get("contradictions").asLong()).isEqualTo(1);

        moveTo(begun, "south");
        assertThat(pairs("north")).isEmpty();
        assertThat(stats("north").get("contradictions").asLong()).isZero();
        assertThat(stats("north").get("statements").asLong()).isZero();
        JsonNode timeline = http.get("/api/v1/topics/south/timeline").json();
        assertThat(timeline.get("contradictions")).hasSize(1);

        long id = pairs("south").get(0).get("id").asLong();
        Response reviewed = http.patch("/api/v1/contradictions/" + id, Map.of("status", "confirmed", "reviewer", "ana"), ANY);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(stats("south").at("/byStatus/confirmed").asLong()).isEqualTo(1);

        assertThat(http.send("DELETE", "/api/v1/statements/" + denied + "?force=true", null, ANY).status()).isEqualTo(204);
        List<JsonNode> left = pairs("south"); // withdrawn, still filed under the topic of the side that is left
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("status").asText()).isEqualTo("withdrawn");
        JsonNode south = stats("south");
        assertThat(south.get("statements").asLong()).isEqualTo(1);
        assertThat(south.at("/byStatus/confirmed").asLong()).isZero(); // stats count pairs whose two sides exist
    }

    @Test
    void statsCountAgainAfterAnEditThatFindsNothing() {
        Fixtures.catalog(http, "wire", null, "east");
        Fixtures.catalog(http, "agency", null, "east");
        long id = post("2016-04-01", "The port reopened on Monday.", "east");
        assertThat(sources(stats("east"))).containsExactly("wire");
        Response moved = http.patch("/api/v1/statements/" + id, Map.of("sourceId", "agency"), ANY);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(sources(stats("east"))).containsExactly("agency");
    }

    private static List<String> sources(JsonNode stats) {
        List<String> ids = new java.util.ArrayList<>();
        stats.get("sources").forEach(s -> ids.add(s.get("sourceId").asText()));
        return ids;
    }

    private static long post(String day, String text, String topic) {
        Response r = http.post("/api/v1/statements", statement("wire", day, text, topic));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static void moveTo(long statementId, String topic) {
        Response r = http.patch("/api/v1/statements/" + statementId, Map.of("topicIds", List.of(topic)), ANY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static List<JsonNode> pairs(String topic) {
        List<JsonNode> items = new java.util.ArrayList<>();
        http.get("/api/v1/contradictions?limit=100&topicId=" + topic).json().get("items").forEach(items::add);
        return items;
    }

    private static JsonNode stats(String topic) {
        return http.get("/api/v1/stats?topicId=" + topic).json();
    }
}
