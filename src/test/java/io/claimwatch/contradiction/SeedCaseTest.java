package io.claimwatch.contradiction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Thaad;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The THAAD statements of the seed article give the verdicts the design brief asks for, in any arrival order. */
class SeedCaseTest extends ApiTest {

    @BeforeEach
    void catalog() {
        Thaad.catalog(http);
    }

    /** Posts the six statements in {@code order} under a new topic; returns id by short name. */
    private static Map<String, Long> post(String topic, List<String> order) {
        Fixtures.catalog(http, "yonhap", null, topic);
        Map<String, Map<String, Object>> statements = Thaad.statements(topic);
        Map<String, Long> ids = new HashMap<>();
        for (String name : order) {
            var response = http.post("/api/v1/statements", statements.get(name));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            ids.put(name, response.json().get("id").asLong());
        }
        return ids;
    }

    private static Map<Set<Long>, JsonNode> contradictions(String topic) {
        Map<Set<Long>, JsonNode> byPair = new HashMap<>();
        JsonNode items = http.get("/api/v1/contradictions?limit=500&topicId=" + topic).json().get("items");
        items.forEach(c -> byPair.put(Set.of(c.at("/statements/0/id").asLong(), c.at("/statements/1/id").asLong()), c));
        assertThat(byPair).as("no pair is flagged twice").hasSize(items.size());
        return byPair;
    }

    private static void assertSeedVerdicts(String topic, Map<String, Long> ids) {
        Map<Set<Long>, JsonNode> found = contradictions(topic);
        JsonNode cookUrban = found.get(Set.of(ids.get("cook"), ids.get("urban")));
        assertThat(cookUrban).as("Urban contradicts Cook").isNotNull();
        assertThat(cookUrban.get("relation").asText()).isEqualTo("conflict");
        assertThat(cookUrban.get("kind").asText()).isIn("temporal", "negation");
        assertThat(cookUrban.get("scope").asText()).isEqualTo("same-source");
        assertThat(cookUrban.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(cookUrban.at("/statements/0/id").asLong()).as("oldest first").isEqualTo(ids.get("cook"));
        assertThat(cookUrban.get("explanation").asText()).contains("Peter Cook", "Bill Urban", "2016-02-17");
        assertThat(cookUrban.get("evidence")).isNotEmpty();

        JsonNode urbanYonhap = found.get(Set.of(ids.get("urban"), ids.get("yonhap")));
        if (urbanYonhap != null) {
            assertThat(urbanYonhap.get("relation").asText()).as("a development, not a conflict").isEqualTo("reversal");
        }

        JsonNode choUrban = found.get(Set.of(ids.get("cho"), ids.get("urban")));
        assertThat(choUrban).as("Cho against Urban depends on Cho's date").isNotNull();
        assertThat(choUrban.get("confidence").asDouble()).isLessThan(cookUrban.get("confidence").asDouble());
        assertThat(choUrban.get("explanation").asText()).contains("uncertain");
        assertThat(choUrban.get("scope").asText()).isEqualTo("cross-source");

        for (Set<Long> pair : found.keySet()) {
            assertThat(pair).as("the Chinese statements contradict nobody").doesNotContain(ids.get("wangyi"), ids.get("honglei"));
        }
        assertThat(found.keySet()).as("Cook, Cho and Yonhap agree").doesNotContain(
                Set.of(ids.get("cook"), ids.get("cho")), Set.of(ids.get("cook"), ids.get("yonhap")),
                Set.of(ids.get("cho"), ids.get("yonhap")));
    }

    @Test
    void inTheOrderOfTheArticle() {
        assertSeedVerdicts("seed-article", post("seed-article", Thaad.NAMES));
    }

    @Test
    void inReverseOrder() {
        List<String> reversed = new ArrayList<>(Thaad.NAMES);
        Collections.reverse(reversed);
        assertSeedVerdicts("seed-reverse", post("seed-reverse", reversed));
    }

    @Test
    void inShuffledOrders() {
        Random random = new Random(2016);
        for (int round = 0; round < 3; round++) {
            List<String> shuffled = new ArrayList<>(Thaad.NAMES);
            Collections.shuffle(shuffled, random);
            String topic = "seed-shuffle-" + round;
            assertSeedVerdicts(topic, post(topic, shuffled));
        }
    }

    @Test
    void theSamePairsAreFlaggedWhateverTheOrder() {
        Map<String, Long> forward = post("seed-count-a", Thaad.NAMES);
        List<String> reversed = new ArrayList<>(Thaad.NAMES);
        Collections.reverse(reversed);
        Map<String, Long> backward = post("seed-count-b", reversed);
        assertThat(pairsByName("seed-count-a", forward)).isEqualTo(pairsByName("seed-count-b", backward)).isNotEmpty();
    }

    private static Map<Set<String>, String> pairsByName(String topic, Map<String, Long> ids) {
        Map<Long, String> names = new HashMap<>();
        ids.forEach((name, id) -> names.put(id, name));
        Map<Set<String>, String> pairs = new HashMap<>();
        contradictions(topic).forEach((pair, c) -> pairs.put(
                Set.copyOf(pair.stream().map(names::get).toList()), c.get("relation").asText() + "/" + c.get("kind").asText()));
        return pairs;
    }
}
