package io.claimwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClaimJsonTest {

    private final ObjectMapper json = new ObjectMapper(); // deliberately unconfigured

    @Test
    void serialisesAsPlainCamelCaseWithLowercaseEnums() throws Exception {
        Claim claim = AnalyzerFixture.first("At least 7 protesters were not arrested on March 2, 2021.");
        JsonNode node = json.readTree(json.writeValueAsString(claim));
        assertThat(node.get("polarity").asText()).isEqualTo("negative");
        assertThat(node.get("modality").asText()).isEqualTo("asserted");
        assertThat(node.get("aspect").asText()).isEqualTo("past");
        assertThat(node.get("eventuality").asText()).isEqualTo("once");
        assertThat(node.get("time").asText()).isEqualTo("2021-03-02");
        assertThat(node.get("quantities").get(0).get("bound").asText()).isEqualTo("at_least");
        assertThat(node.has("negationCue")).isTrue();
        assertThat(node.has("keys")).isFalse();
    }

    @Test
    void roundTrips() throws Exception {
        Claim claim = AnalyzerFixture.first("The regulator will not approve the merger, the minister said.");
        Claim back = json.readValue(json.writeValueAsString(claim), Claim.class);
        assertThat(back).isEqualTo(claim);
        assertThat(back.keys()).isEqualTo(claim.keys());
    }

    @Test
    void clientClaimsAreNormalisedAndValidated() throws Exception {
        Claim claim = json.readValue("{\"predicate\":\"Started\",\"subject\":[\"Negotiations\",\" \"],"
                + "\"polarity\":\"negative\"}", Claim.class);
        assertThat(claim.subject()).containsExactly("negotiations");
        assertThat(claim.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(claim.quantities()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readValue("{\"predicate\":\"open\",\"time\":\"yesterday\"}", Claim.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void safeForConcurrentCallers() throws Exception {
        List<String> texts = List.of("The port was closed on Friday.", "Nobody was hurt in the blast.",
                "The council may raise fares.", "At least 30 homes were flooded.");
        List<List<Claim>> expected = texts.stream().map(AnalyzerFixture::claims).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    int k = i;
                    results.add(pool.submit(() -> AnalyzerFixture.claims(texts.get(k)).equals(expected.get(k))));
                }
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(TextAnalyzer.shared()).isSameAs(TextAnalyzer.shared());
    }
}
