package io.claimwatch.web;

import static io.claimwatch.support.Fixtures.statement;
import static io.claimwatch.support.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.RawClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a problem+json naming the field, and nothing is stored. */
class BadInputTest extends ApiTest {

    @BeforeEach
    void catalog() {
        Fixtures.catalog(http, "pentagon", null, "thaad");
    }

    private static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asText()).isNotBlank();
        assertThat(response.json().get("type").asText()).isNotBlank();
        assertThat(response.json().get("detail").asText()).isNotBlank();
        if (field != null) {
            List<String> fields = new ArrayList<>();
            response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertThat(fields).contains(field);
        }
    }

    private static int statementCount() {
        return http.get("/api/v1/statements?limit=500").json().get("items").size();
    }

    @Test
    void malformedJson() {
        assertProblem(http.post("/api/v1/statements", "{\"text\": "), 400, "body");
        assertProblem(http.post("/api/v1/statements", "[1, 2]"), 400, "body");
        assertProblem(http.post("/api/v1/statements", ""), 400, "body");
    }

    @Test
    void wrongTypesNameTheField() {
        assertProblem(http.post("/api/v1/statements", with(statement("pentagon", "2016", "x"), "topicIds", "thaad")), 400, "topicIds");
        assertProblem(http.post("/api/v1/statements", with(statement("pentagon", "2016", "x"), "text", Map.of("a", 1))), 400, "text");
        assertProblem(http.post("/api/v1/sources", Map.of("id", "s", "name", "S", "kind", "other", "aliases", List.of(List.of()))), 400, "aliases[0]");
    }

    @Test
    void unknownFieldsAreRejectedNotIgnored() {
        assertProblem(http.post("/api/v1/statements", with(statement("pentagon", "2016", "x"), "stated_on", "2016")), 400, "stated_on");
    }

    @Test
    void missingOrEmptyRequiredFields() {
        Response response = http.post("/api/v1/statements", Map.of("text", " "));
        assertProblem(response, 400, "text");
        assertProblem(response, 400, "sourceId");
        assertProblem(response, 400, "statedOn");
        assertProblem(http.post("/api/v1/sources", Map.of("id", "", "name", "x", "kind", "other")), 400, "id");
        assertProblem(http.post("/api/v1/topics", Map.of("id", "Not A Slug", "title", "x")), 400, "id");
    }

    @Test
    void impossibleDates() {
        int before = statementCount();
        assertProblem(http.post("/api/v1/statements", statement("pentagon", "2016-13-45", "x")), 400, "statedOn");
        assertProblem(http.post("/api/v1/statements", statement("pentagon", "2016-02-30", "x")), 400, "statedOn");
        assertProblem(http.post("/api/v1/statements", statement("pentagon", "17 Feb 2016", "x")), 400, "statedOn");
        assertProblem(http.post("/api/v1/statements", statement("pentagon", "2016-02-18/2016-02-08", "x")), 400, "statedOn");
        assertProblem(http.post("/api/v1/statements", with(statement("pentagon", "2016", "x"), "reportedOn", "2016-00")), 400, "reportedOn");
        assertThat(statementCount()).isEqualTo(before);
    }

    @Test
    void unknownReferencesAre422AndWriteNothing() {
        int before = statementCount();
        assertProblem(http.post("/api/v1/statements", statement("nobody", "2016", "x")), 422, "sourceId");
        assertProblem(http.post("/api/v1/statements", statement("pentagon", "2016", "x", "thaad", "no-topic")), 422, "topicIds");
        assertProblem(http.post("/api/v1/statements", with(statement("pentagon", "2016", "x"), "speakerId", "ghost")), 422, "speakerId");
        assertProblem(http.post("/api/v1/statements", with(statement("pentagon", "2016", "x"), "reportedById", "ghost")), 422, "reportedById");
        assertThat(statementCount()).isEqualTo(before);
    }

    @Test
    void unknownIdsAre404() {
        assertProblem(http.get("/api/v1/statements/999999"), 404, null);
        assertProblem(http.get("/api/v1/statements/abc"), 404, null);
        assertProblem(http.get("/api/v1/sources/nope"), 404, null);
        assertProblem(http.patch("/api/v1/topics/nope", Map.of("title", "x"), Map.of("If-Match", "*")), 404, null);
        assertProblem(http.send("DELETE", "/api/v1/speakers/nope", null, Map.of("If-Match", "*")), 404, null);
        assertProblem(http.get("/api/v1/no-such-route"), 404, null);
    }

    @Test
    void oversizedBodiesAre413() throws IOException {
        int before = statementCount();
        // announced, not sent: the server refuses by the length before any of it arrives (chunked bodies: BoundedWorkTest),
        // and a client still writing a refused body could lose the answer to the connection's reset
        try (RawClient client = new RawClient(app.port(), 0)) {
            client.send("POST /api/v1/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1200000\r\n\r\n{\"text\": \"");
            String answer = client.read(Duration.ofSeconds(20), "}");
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }
        assertThat(statementCount()).isEqualTo(before);
    }

    @Test
    void tooLongFieldsAre400() {
        assertProblem(http.post("/api/v1/statements", statement("pentagon", "2016", "a".repeat(20_001))), 400, "text");
    }

    @Test
    void listParametersOutOfRange() {
        assertProblem(http.get("/api/v1/statements?limit=0"), 400, "limit");
        assertProblem(http.get("/api/v1/statements?limit=501"), 400, "limit");
        assertProblem(http.get("/api/v1/statements?limit=ten"), 400, "limit");
        assertProblem(http.get("/api/v1/statements?from=2016-99"), 400, "from");
        assertProblem(http.get("/api/v1/statements?sourceID=pentagon"), 400, "sourceID");
        assertProblem(http.get("/api/v1/sources?limit=-1"), 400, "limit");
    }

    @Test
    void badPatchesChangeNothing() {
        Response created = http.post("/api/v1/statements", statement("pentagon", "2016-02-17", "Original.", "thaad"));
        String path = "/api/v1/statements/" + created.json().get("id").asLong();
        assertProblem(http.patch(path, Map.of("statedOn", "2016-02-31"), Map.of("If-Match", "\"1\"")), 400, "statedOn");
        assertProblem(http.patch(path, Map.of("topicIds", List.of("ghost")), Map.of("If-Match", "\"1\"")), 422, "topicIds");
        assertProblem(http.patch(path, Map.of("id", 5), Map.of("If-Match", "\"1\"")), 400, "id");
        Response after = http.get(path);
        assertThat(after.json().get("version").asInt()).isEqualTo(1);
        assertThat(after.json().get("topicIds").toString()).isEqualTo("[\"thaad\"]");
    }

    @Test
    void duplicateExternalIdOnPatchIs409() {
        http.post("/api/v1/statements", with(statement("pentagon", "2016", "First."), "externalId", "ext-1"));
        Response second = http.post("/api/v1/statements", with(statement("pentagon", "2016", "Second."), "externalId", "ext-2"));
        String path = "/api/v1/statements/" + second.json().get("id").asLong();
        assertProblem(http.patch(path, Map.of("externalId", "ext-1"), Map.of("If-Match", "\"1\"")), 409, "externalId");
    }
}
