package io.claimwatch.web;

import static io.claimwatch.support.Fixtures.statement;
import static io.claimwatch.support.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JSON is read as written: no coercion, no duplicate keys, no NUL, nothing longer than its column, no internals echoed. */
class StrictInputTest extends ApiTest {

    @BeforeEach
    void catalog() {
        Fixtures.catalog(http, "strict-src", null, "strict-topic");
    }

    private static void assertRefused(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContainPattern("io\\.claimwatch|java\\.|Exception|jackson|SQL|`");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as(response.body()).contains(field);
    }

    private static int statements() {
        return http.get("/api/v1/statements?limit=500").json().get("items").size();
    }

    @Test
    void scalarsAreNeverCoerced() {
        int before = statements();
        assertRefused(http.post("/api/v1/statements", with(statement("strict-src", "2016", "x"), "text", 123)), 400, "text");
        assertRefused(http.post("/api/v1/statements", with(statement("strict-src", "2016", "x"), "text", true)), 400, "text");
        assertRefused(http.post("/api/v1/statements", with(statement("strict-src", "2016", "x"), "statedOn", 2016)), 400, "statedOn");
        assertRefused(http.post("/api/v1/statements", with(statement("strict-src", "2016", "x"), "topicIds", List.of(7))), 400, "topicIds[0]");
        assertRefused(http.post("/api/v1/sources", Map.of("id", 5, "name", "S", "kind", "other")), 400, "id");
        assertRefused(http.post("/api/v1/analyze", Map.of("text", 1.5)), 400, "text");
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void duplicateKeysAreRefused() {
        assertRefused(http.post("/api/v1/statements",
                "{\"text\":\"a\",\"text\":\"b\",\"sourceId\":\"strict-src\",\"statedOn\":\"2016\"}"), 400, "body");
    }

    @Test
    void nulIsRefusedEverywhere() {
        int before = statements();
        assertRefused(http.post("/api/v1/statements", with(statement("strict-src", "2016", "x"), "text", "a\u0000b")), 400, "text");
        assertRefused(http.post("/api/v1/topics", Map.of("id", "nul", "title", "a\u0000")), 400, "title");
        assertRefused(http.post("/api/v1/statements", with(statement("strict-src", "2016", "x"), "topicIds", List.of("a\u0000"))),
                400, "topicIds[0]");
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void lengthsFollowTheColumns() {
        assertRefused(http.post("/api/v1/statements", with(statement("strict-src", "2016", "x"), "language",
                "en-" + "abcdefgh-".repeat(3) + "x1")), 400, "language");
        assertRefused(http.post("/api/v1/sources", Map.of("id", "many", "name", "Many", "kind", "other",
                "aliases", Collections.nCopies(40, "a".repeat(100)))), 400, "aliases");
    }

    @Test
    void classNamesNeverReachTheClient() {
        assertRefused(http.post("/api/v1/sources", "{\"id\": [], \"name\": \"x\", \"kind\": \"other\"}"), 400, "id");
        assertRefused(http.post("/api/v1/statements", with(statement("strict-src", "2016", "x"), "topicIds", Map.of())), 400, "topicIds");
    }

    @Test
    void aKnownExternalIdWithOtherContentIsAConflictNamingTheFields() {
        var body = with(statement("strict-src", "2016-02-17", "Said once.", "strict-topic"), "externalId", "strict-ext-1");
        assertThat(http.post("/api/v1/statements", body).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/statements", body).status()).as("the same content again").isEqualTo(200);
        Response changed = http.post("/api/v1/statements", with(with(body, "text", "Said otherwise."), "statedOn", "2016-02-18"));
        assertRefused(changed, 409, "text");
        assertThat(changed.json().get("errors")).hasSize(2);
        assertThat(changed.json().get("detail").asText()).contains("text", "statedOn");
    }
}
