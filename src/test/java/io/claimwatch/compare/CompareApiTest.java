package io.claimwatch.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/v1/compare: the verdict on two statements, or why each rule declined. */
class CompareApiTest extends ApiTest {

    private static Map<String, Object> inline(String text, String statedOn) {
        return Map.of("text", text, "statedOn", statedOn);
    }

    private static String declined(JsonNode body, String rule) {
        for (JsonNode r : body.get("rules")) {
            if (r.get("rule").asText().equals(rule)) {
                return r.get("declined").asText();
            }
        }
        throw new AssertionError("no rule " + rule + " in " + body);
    }

    @Test
    void storedAgainstInlineGivesTheVerdict() {
        Fixtures.catalog(http, "harbour-board", "ines", null);
        Response created = http.post("/api/v1/statements", Fixtures.with(
                Fixtures.statement("harbour-board", "2023-03-02", "The ferry service has resumed."), "speakerId", "ines"));
        long id = created.json().get("id").asLong();
        Response r = http.post("/api/v1/compare", Map.of("a", Map.of("statementId", id),
                "b", inline("The ferry service has not resumed yet.", "2023-03-06")));
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("verdict").get("relation").asText()).isEqualTo("conflict");
        assertThat(body.get("a").get("statementId").asLong()).isEqualTo(id);
        assertThat(body.get("a").get("label").asText()).contains("HARBOUR-BOARD", "ines");
        assertThat(body.get("b").get("claims")).isNotEmpty();
        List<String> rules = new ArrayList<>();
        body.get("rules").forEach(rule -> rules.add(rule.get("rule").asText()));
        assertThat(rules).contains("negation", "antonym", "numeric", "date");
    }

    @Test
    void aPairThatIsNotFlaggedSaysWhyNot() {
        Response r = http.post("/api/v1/compare", Map.of(
                "a", inline("Eight people were killed in the landslide.", "2023-04-02"),
                "b", inline("Fifteen people were killed in the landslide.", "2023-04-05")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("verdict").isNull()).isTrue();
        assertThat(declined(r.json(), "numeric")).contains("only grows");
        assertThat(declined(r.json(), "negation")).contains("polarity");

        Response agree = http.post("/api/v1/compare", Map.of(
                "a", inline("The museum is closed.", "2023-04-02"), "b", inline("The museum is closed.", "2023-04-02")));
        assertThat(declined(agree.json(), "negation")).contains("polarity");
    }

    @Test
    void badInputNamesTheField() {
        Response missing = http.post("/api/v1/compare", Map.of("a", inline("The port is open.", "2023-04-02")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"b\"");

        Response badDate = http.post("/api/v1/compare", Map.of("a", inline("The port is open.", "2023-13-45"),
                "b", inline("The port is closed.", "2023-04-02")));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("a.statedOn");

        Response both = http.post("/api/v1/compare", Map.of("a", Map.of("statementId", 1, "text", "x"),
                "b", inline("The port is closed.", "2023-04-02")));
        assertThat(both.status()).isEqualTo(400);

        Response unknown = http.post("/api/v1/compare", Map.of("a", Map.of("statementId", 987654321),
                "b", inline("The port is closed.", "2023-04-02")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("a.statementId").doesNotContain("Exception");

        Response unknownSource = http.post("/api/v1/compare", Map.of("a", Map.of("text", "The port is open.",
                "statedOn", "2023-04-02", "sourceId", "no-such-source"), "b", inline("The port is closed.", "2023-04-02")));
        assertThat(unknownSource.status()).isEqualTo(422);
        assertThat(unknownSource.body()).contains("a.sourceId");
    }
}
