package io.claimwatch.contradiction;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.Thaad;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

class ContradictionApiTest extends ApiTest {

    private static final Map<String, Long> ids = new HashMap<>();

    @BeforeParameterizedClassInvocation(injectArguments = false)
    static void seed() {
        ids.putAll(Thaad.seed(http, "thaad"));
    }

    private static JsonNode items(String query) {
        Response response = http.get("/api/v1/contradictions?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    @Test
    void filtersNarrowTheList() {
        int all = items("topicId=thaad").size();
        assertThat(all).isGreaterThanOrEqualTo(2);
        assertThat(items("topicId=thaad&relation=conflict")).allSatisfy(c -> assertThat(c.get("relation").asText()).isEqualTo("conflict"));
        assertThat(items("topicId=thaad&scope=same-source")).hasSize(1);
        assertThat(items("topicId=thaad&sourceId=china")).isEmpty();
        assertThat(items("statementId=" + ids.get("cook"))).hasSize(1);
        assertThat(items("topicId=thaad&minConfidence=0.8&relation=conflict")).hasSize(1);
        assertThat(items("topicId=thaad&status=open")).hasSize(all);
        assertThat(items("topicId=thaad&status=dismissed")).isEmpty();
        assertThat(items("topicId=thaad&to=2016-02-10")).hasSize(1);
        assertThat(items("topicId=thaad&from=2016-02-19")).isEmpty();
        assertThat(items("topicId=elsewhere")).isEmpty();
    }

    @Test
    void pagesWithCursors() {
        JsonNode first = http.get("/api/v1/contradictions?limit=1").json();
        assertThat(first.get("items")).hasSize(1);
        JsonNode second = http.get("/api/v1/contradictions?limit=1&cursor=" + first.get("nextCursor").asText()).json();
        assertThat(second.at("/items/0/id").asLong()).isGreaterThan(first.at("/items/0/id").asLong());
    }

    @Test
    void getOneAndUnknownIds() {
        long id = items("scope=same-source").get(0).get("id").asLong();
        Response one = http.get("/api/v1/contradictions/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("detectorVersion").asText()).isNotBlank();
        assertThat(one.json().get("statements")).hasSize(2);
        assertThat(one.json().at("/statements/0/text").asText()).isNotBlank();
        assertThat(http.get("/api/v1/contradictions/987654").status()).isEqualTo(404);
    }

    @Test
    void badFiltersAre400() {
        assertThat(http.get("/api/v1/contradictions?kind=sarcasm").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/contradictions?minConfidence=2").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/contradictions?statementId=x").json().at("/errors/0/field").asText()).isEqualTo("statementId");
        assertThat(http.get("/api/v1/contradictions?scope=galaxy").status()).isEqualTo(400);
    }

    @Test
    void statementsCarryTheirClaimsAndALinkToTheirContradictions() {
        JsonNode urban = http.get("/api/v1/statements/" + ids.get("urban")).json();
        assertThat(urban.get("claims")).isNotEmpty();
        assertThat(urban.at("/claims/0/polarity").asText()).isEqualTo("negative");
        String link = urban.at("/links/contradictions").asText();
        assertThat(http.get(link).json().get("items").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void editingAStatementReRunsDetectionAndKeepsThePairsId() {
        Fixtures.catalog(http, "pentagon", null, "edit");
        long begun = http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The talks have begun.", "edit")).json().get("id").asLong();
        long notBegun = http.post("/api/v1/statements", statement("pentagon", "2016-03-02", "The talks have not begun.", "edit")).json().get("id").asLong();
        JsonNode found = items("topicId=edit&relation=conflict");
        assertThat(found).hasSize(1);
        long id = found.get(0).get("id").asLong();

        Response edited = http.patch("/api/v1/statements/" + notBegun, Map.of("text", "The talks have begun in earnest."), Map.of("If-Match", "\"1\""));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(items("topicId=edit&status=open")).isEmpty();
        JsonNode withdrawn = http.get("/api/v1/contradictions/" + id).json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("withdrawn");
        assertThat(withdrawn.get("version").asInt()).isEqualTo(2);
        assertThat(withdrawn.at("/history/0/action").asText()).isEqualTo("withdrawn");

        http.patch("/api/v1/statements/" + notBegun, Map.of("text", "The talks have not begun."), Map.of("If-Match", "\"2\""));
        JsonNode again = items("topicId=edit&relation=conflict");
        assertThat(again).hasSize(1);
        assertThat(again.get(0).get("id").asLong()).as("the pair keeps its id").isEqualTo(id);
        assertThat(again.get(0).get("status").asText()).isEqualTo("open");
        assertThat(again.get(0).get("version").asInt()).isEqualTo(3);
        assertThat(again.get(0).at("/history/1/action").asText()).isEqualTo("restored");

        assertThat(http.send("DELETE", "/api/v1/statements/" + begun, null, Map.of("If-Match", "*")).status()).isEqualTo(204);
        assertThat(items("topicId=edit&status=open")).isEmpty();
        JsonNode kept = http.get("/api/v1/contradictions/" + id).json();
        assertThat(kept.get("status").asText()).isEqualTo("withdrawn");
        assertThat(kept.at("/statements/0/id").asLong()).isEqualTo(begun);
        assertThat(kept.at("/statements/0/text").asText()).as("the deleted side as it was").isEqualTo("The talks have begun.");
    }

    @Test
    void statementsUnderDifferentTopicsAreNotCompared() {
        Fixtures.catalog(http, "pentagon", null, "topic-one");
        Fixtures.catalog(http, "pentagon", null, "topic-two");
        http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The ceasefire has begun.", "topic-one"));
        http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The ceasefire has not begun.", "topic-two"));
        assertThat(items("topicId=topic-one")).isEmpty();
    }

    @Test
    void analyzeShowsTheClaimsOfAText() {
        Response response = http.post("/api/v1/analyze", Map.of("text", "The talks have not yet begun.", "statedOn", "2016-02-17"));
        assertThat(response.status()).isEqualTo(200);
        JsonNode claim = response.json().at("/claims/0");
        assertThat(claim.get("predicate").asText()).isEqualTo("begin");
        assertThat(claim.get("polarity").asText()).isEqualTo("negative");
        assertThat(response.json().get("keys").toString()).contains("begin");

        Response bad = http.post("/api/v1/analyze", Map.of("text", "x", "statedOn", "2016-02-31"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("statedOn");
    }
}
