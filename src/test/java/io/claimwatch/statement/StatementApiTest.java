package io.claimwatch.statement;

import static io.claimwatch.support.Fixtures.statement;
import static io.claimwatch.support.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementApiTest extends ApiTest {

    @BeforeEach
    void catalog() {
        Fixtures.catalog(http, "pentagon", "urban", "thaad");
        Fixtures.catalog(http, "yonhap", null, null);
    }

    @Test
    void createEchoesTheStoredStatementWithItsDateRange() {
        Map<String, Object> body = with(with(statement("pentagon", "2016-02-08/2016-02-15",
                "The talks have begun.", "thaad"), "speakerId", "urban"), "reportedById", "yonhap");
        Response created = http.post("/api/v1/statements", with(body, "reportedOn", "2016-02"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/v1/statements/" + json.get("id").asLong());
        assertThat(json.get("statedOn").asText()).isEqualTo("2016-02-08/2016-02-15");
        assertThat(json.at("/statedOnRange/earliest").asText()).isEqualTo("2016-02-08");
        assertThat(json.at("/statedOnRange/latest").asText()).isEqualTo("2016-02-15");
        assertThat(json.at("/reportedOnRange/latest").asText()).isEqualTo("2016-02-29");
        assertThat(json.get("topicIds").toString()).isEqualTo("[\"thaad\"]");
        assertThat(json.get("quote").asText()).isEqualTo("paraphrase");
        assertThat(json.get("version").asInt()).isEqualTo(1);

        Response fetched = http.get("/api/v1/statements/" + json.get("id").asLong());
        assertThat(fetched.json()).isEqualTo(json);
        assertThat(fetched.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void repostingAnExternalIdReturnsTheExistingStatementAndOtherContentIs409() {
        Map<String, Object> body = with(statement("pentagon", "2016-02-17", "No timetable yet."), "externalId", "wire-42");
        Response first = http.post("/api/v1/statements", body);
        Response second = http.post("/api/v1/statements", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
        Response changed = http.post("/api/v1/statements", with(body, "text", "Changed text"));
        assertThat(changed.status()).as("other content under a known externalId is never dropped silently").isEqualTo(409);
        assertThat(changed.json().at("/errors/0/field").asText()).isEqualTo("text");
        assertThat(http.get("/api/v1/statements?q=timetable").json().get("items")).hasSize(1);
    }

    @Test
    void patchNeedsTheCurrentEtag() {
        Response created = http.post("/api/v1/statements", statement("pentagon", "2016-02-17", "Talks have not begun."));
        String path = "/api/v1/statements/" + created.json().get("id").asLong();

        Response missing = http.patch(path, Map.of("text", "x"), Map.of());
        assertThat(missing.status()).isEqualTo(428);

        Response patched = http.patch(path, Map.of("text", "The talks have not yet begun."), Map.of("If-Match", "\"1\""));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("version").asInt()).isEqualTo(2);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.json().get("statedOn").asText()).isEqualTo("2016-02-17");

        Response stale = http.patch(path, Map.of("text", "lost update"), Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.get(path).json().get("text").asText()).isEqualTo("The talks have not yet begun.");
    }

    @Test
    void patchWithNullClearsAnOptionalField() {
        Response created = http.post("/api/v1/statements", with(statement("pentagon", "2016", "A claim.", "thaad"), "url", "https://example.org/a"));
        String path = "/api/v1/statements/" + created.json().get("id").asLong();
        java.util.Map<String, Object> patch = new java.util.HashMap<>();
        patch.put("url", null);
        patch.put("topicIds", java.util.List.of());
        Response patched = http.patch(path, patch, Map.of("If-Match", "\"1\""));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("url").isNull()).isTrue();
        assertThat(patched.json().get("topicIds")).isEmpty();
    }

    @Test
    void deleteRemovesTheStatement() {
        Response created = http.post("/api/v1/statements", statement("pentagon", "2016-02-17", "To be deleted.", "thaad"));
        String path = "/api/v1/statements/" + created.json().get("id").asLong();
        assertThat(http.delete(path).status()).as("If-Match is required").isEqualTo(428);
        assertThat(http.send("DELETE", path, null, Map.of("If-Match", "\"2\"")).status()).isEqualTo(412);
        assertThat(http.send("DELETE", path, null, Map.of("If-Match", "\"1\"")).status()).isEqualTo(204);
        assertThat(http.get(path).status()).isEqualTo(404);
        assertThat(http.send("DELETE", path, null, Map.of("If-Match", "*")).status()).isEqualTo(404);
    }

    @Test
    void topicInUseCannotBeDeleted() {
        Fixtures.catalog(http, "pentagon", null, "in-use");
        http.post("/api/v1/statements", statement("pentagon", "2016-02-17", "About a topic.", "in-use"));
        assertThat(http.send("DELETE", "/api/v1/topics/in-use", null, Map.of("If-Match", "*")).status()).isEqualTo(409);
    }

    @Test
    void speakerMustSpeakForTheStatementsSource() {
        Response response = http.post("/api/v1/statements", with(statement("yonhap", "2016-02-18", "Talks began."), "speakerId", "urban"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("speakerId");
    }
}
