package io.claimwatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.Thaad;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.api.Test;

/** Check before publishing, the topic timeline and the dashboard counts, over the THAAD statements. */
class FactCheckerApiTest extends ApiTest {

    private static final Map<String, Long> ids = new HashMap<>();

    @BeforeParameterizedClassInvocation(injectArguments = false)
    static void seed() {
        ids.putAll(Thaad.seed(http, "thaad"));
    }

    @Test
    void checkSaysWhatADraftWouldContradictAndStoresNothing() {
        int before = http.get("/api/v1/statements?limit=500").json().get("items").size();
        Response check = http.post("/api/v1/check", Map.of("text", "The talks have not begun.", "statedOn", "2016-02-16",
                "sourceId", "yonhap", "topicIds", List.of("thaad")));
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().at("/claims/0/polarity").asText()).isEqualTo("negative");
        JsonNode found = check.json().get("contradictions");
        assertThat(found).anySatisfy(f -> {
            assertThat(f.at("/statement/id").asLong()).isEqualTo(ids.get("cook"));
            assertThat(f.get("relation").asText()).isEqualTo("conflict");
            assertThat(f.get("explanation").asText()).contains("YONHAP said on 2016-02-16");
        });
        assertThat(http.get("/api/v1/statements?limit=500").json().get("items")).hasSize(before);
    }

    @Test
    void checkRejectsUnknownReferencesAndBadDates() {
        assertThat(http.post("/api/v1/check", Map.of("text", "x", "statedOn", "2016-02-16", "sourceId", "nobody")).status()).isEqualTo(422);
        assertThat(http.post("/api/v1/check", Map.of("text", "x", "statedOn", "2016-02-16", "topicIds", List.of("nope"))).status()).isEqualTo(422);
        assertThat(http.post("/api/v1/check", Map.of("text", "x", "statedOn", "soon")).json().at("/errors/0/field").asText()).isEqualTo("statedOn");
    }

    @Test
    void timelineListsStatementsInDateOrderWithTheirLinks() {
        JsonNode timeline = http.get("/api/v1/topics/thaad/timeline").json();
        assertThat(timeline.at("/topic/id").asText()).isEqualTo("thaad");
        List<Long> order = new java.util.ArrayList<>();
        timeline.get("statements").forEach(s -> order.add(s.get("id").asLong()));
        assertThat(order).containsExactly(ids.get("cook"), ids.get("cho"), ids.get("wangyi"), ids.get("honglei"),
                ids.get("urban"), ids.get("yonhap"));
        assertThat(timeline.get("contradictions")).anySatisfy(link -> {
            assertThat(link.get("fromStatementId").asLong()).isEqualTo(ids.get("cook"));
            assertThat(link.get("toStatementId").asLong()).isEqualTo(ids.get("urban"));
            assertThat(link.get("relation").asText()).isEqualTo("conflict");
        });
        assertThat(timeline.get("contradictions")).anySatisfy(link -> assertThat(link.get("relation").asText()).isEqualTo("reversal"));
        assertThat(timeline.get("truncated").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/topics/unknown/timeline").status()).isEqualTo(404);
    }

    @Test
    void statsCountByKindRelationScopeStatusAndSource() {
        JsonNode stats = http.get("/api/v1/stats?topicId=thaad").json();
        long total = stats.get("contradictions").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(stats.get("statements").asLong()).isEqualTo(6);
        assertThat(stats.at("/byRelation/conflict").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stats.at("/byScope/same-source").asLong()).isEqualTo(1);
        assertThat(stats.at("/byStatus/open").asLong()).isEqualTo(total);
        long byKind = 0;
        for (JsonNode n : stats.get("byKind")) {
            byKind += n.asLong();
        }
        assertThat(byKind).isEqualTo(total);
        assertThat(stats.get("topSourcePairs")).anySatisfy(p -> assertThat(p.get("sourceIds").toString()).isEqualTo("[\"pentagon\",\"rok-mnd\"]"));
        JsonNode pentagon = null;
        for (JsonNode s : stats.get("sources")) {
            if (s.get("sourceId").asText().equals("pentagon")) {
                pentagon = s;
            }
        }
        assertThat(pentagon).isNotNull();
        assertThat(pentagon.get("statements").asLong()).isEqualTo(2);
        assertThat(pentagon.get("selfContradictions").asLong()).isEqualTo(1);
        assertThat(pentagon.get("contradictions").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(http.get("/api/v1/stats?from=2017").json().get("contradictions").asLong()).isZero();
        assertThat(http.get("/api/v1/stats?topic=thaad").status()).isEqualTo(400);
    }
}
