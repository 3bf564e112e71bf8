package io.claimwatch.contradiction;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewApiTest extends ApiTest {

    /** Posts a contradicting pair under {@code topic}; returns the contradiction's path and the second statement's id. */
    private static String[] pair(String topic) {
        Fixtures.catalog(http, "pentagon", null, topic);
        http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The talks have begun.", topic));
        long second = http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The talks have not begun.", topic)).json().get("id").asLong();
        JsonNode items = http.get("/api/v1/contradictions?topicId=" + topic).json().get("items");
        assertThat(items).hasSize(1);
        return new String[] {"/api/v1/contradictions/" + items.get(0).get("id").asLong(), Long.toString(second)};
    }

    @Test
    void reviewNeedsTheCurrentEtagAndKeepsHistory() {
        String path = pair("review")[0];
        Response got = http.get(path);
        assertThat(got.header("ETag")).isEqualTo("\"1\"");

        assertThat(http.patch(path, Map.of("status", "confirmed"), Map.of()).status()).isEqualTo(428);
        Response confirmed = http.patch(path, Map.of("status", "confirmed", "note", "checked the transcript", "reviewer", "ana"),
                Map.of("If-Match", "\"1\""));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("confirmed");
        assertThat(confirmed.header("ETag")).isEqualTo("\"2\"");
        assertThat(http.patch(path, Map.of("status", "dismissed"), Map.of("If-Match", "\"1\"")).status()).isEqualTo(412);

        http.patch(path, Map.of("status", "resolved", "note", "Pentagon corrected itself", "reviewer", "ben"), Map.of("If-Match", "\"2\""));
        JsonNode history = http.get(path).json().get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("status").asText()).isEqualTo("confirmed");
        assertThat(history.get(0).get("reviewer").asText()).isEqualTo("ana");
        assertThat(history.get(0).get("note").asText()).isEqualTo("checked the transcript");
        assertThat(history.get(1).get("status").asText()).isEqualTo("resolved");
        assertThat(history.get(1).get("at").asText()).isNotBlank();
        assertThat(http.get("/api/v1/contradictions?status=resolved&topicId=review").json().get("items")).hasSize(1);
    }

    @Test
    void badReviewsAre400() {
        String path = pair("review-bad")[0];
        Response bad = http.patch(path, Map.of("status", "maybe"), Map.of("If-Match", "\"1\""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(http.patch(path, Map.of("note", "no status"), Map.of("If-Match", "\"1\"")).status()).isEqualTo(400);
        assertThat(http.patch("/api/v1/contradictions/999999", Map.of("status", "open"), Map.of("If-Match", "\"1\"")).status()).isEqualTo(404);
        assertThat(http.get(path).json().get("status").asText()).isEqualTo("open");
    }

    @Test
    void aDismissedPairIsNotFlaggedAgainWhenReanalysed() {
        String[] pair = pair("review-dismiss");
        http.patch(pair[0], Map.of("status", "dismissed", "note", "different talks"), Map.of("If-Match", "\"1\""));
        String statement = "/api/v1/statements/" + pair[1];
        Response edited = http.patch(statement, Map.of("text", "The talks have not begun at all."), Map.of("If-Match", "\"1\""));
        assertThat(edited.status()).isEqualTo(200);
        JsonNode items = http.get("/api/v1/contradictions?topicId=review-dismiss").json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("status").asText()).isEqualTo("dismissed");
    }
}
