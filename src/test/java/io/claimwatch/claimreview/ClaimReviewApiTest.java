package io.claimwatch.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http;
import io.claimwatch.support.Thaad;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClaimReviewApiTest extends ApiTest {

    /** The Cook/Urban conflict of the seed, confirmed; returns its id. */
    private static long confirmedCookUrban(String topic) {
        Map<String, Long> ids = Thaad.seed(http, topic);
        JsonNode pair = http.get("/api/v1/contradictions?relation=conflict&statementId=" + ids.get("cook")).json().get("items").get(0);
        long id = pair.get("id").asLong();
        assertThat(http.get("/api/v1/contradictions/" + id + "/claimreview").status()).as("unconfirmed").isEqualTo(409);
        http.patch("/api/v1/contradictions/" + id, Map.of("status", "confirmed", "note", "Both on record.", "reviewer", "ana"),
                Map.of("If-Match", "\"" + pair.get("version").asInt() + "\""));
        return id;
    }

    @Test
    void aConfirmedContradictionIsPublishedAsClaimReviewByTheConfiguredOrganisation() {
        long id = confirmedCookUrban("cr-one");
        try (App fact = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of())
                .withOrg(new Organisation("Fact Desk", "https://factdesk.example")))) {
            Http.Response got = new Http("http://127.0.0.1:" + fact.port()).get("/api/v1/contradictions/" + id + "/claimreview");
            assertThat(got.status()).isEqualTo(200);
            assertThat(got.header("Content-Type")).startsWith("application/ld+json");
            JsonNode review = got.json();
            SchemaOrgShape.assertClaimReview(review);
            assertThat(review.path("author").path("name").asText()).isEqualTo("Fact Desk");
            assertThat(review.path("author").path("url").asText()).isEqualTo("https://factdesk.example");
            assertThat(review.path("url").asText()).isEqualTo("http://127.0.0.1:" + fact.port() + "/findings/" + id);
            assertThat(review.path("claimReviewed").asText()).startsWith("The talks have not yet begun");
            JsonNode claim = review.path("itemReviewed");
            assertThat(claim.path("author").path("@type").asText()).isEqualTo("Person");
            assertThat(claim.path("author").path("name").asText()).isEqualTo("Bill Urban");
            assertThat(claim.path("author").path("worksFor").path("name").asText()).isEqualTo("PENTAGON");
            assertThat(claim.path("datePublished").asText()).isEqualTo("2016-02-17");
            assertThat(claim.path("appearance").get(0).path("publisher").path("name").asText()).as("the outlet that carried it")
                    .isEqualTo("YONHAP");
            assertThat(review.path("reviewRating").path("alternateName").asText())
                    .isEqualTo("Contradicted by an earlier statement by Peter Cook (PENTAGON)");
            assertThat(review.path("reviewBody").asText()).contains("Both on record.");
        }
    }

    @Test
    void unknownAndUnconfirmedAreProblems() {
        Http.Response unknown = http.get("/api/v1/contradictions/987654/claimreview");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        Map<String, Long> ids = Thaad.seed(http, "cr-open");
        long open = http.get("/api/v1/contradictions?statementId=" + ids.get("yonhap")).json().get("items").get(0).get("id").asLong();
        Http.Response unconfirmed = http.get("/api/v1/contradictions/" + open + "/claimreview");
        assertThat(unconfirmed.status()).isEqualTo(409);
        assertThat(unconfirmed.json().path("errors").get(0).path("field").asText()).isEqualTo("status");
        assertThat(http.get("/findings/" + open).body()).doesNotContain("application/ld+json");
    }

    @Test
    void theExportStreamsEveryConfirmedOneAndTheFindingPageEmbedsTheSameJsonLd() throws Exception {
        long id = confirmedCookUrban("cr-export");
        JsonNode all = http.get("/api/v1/export/claimreview").json();
        assertThat(all.isArray()).isTrue();
        all.forEach(SchemaOrgShape::assertClaimReview);
        JsonNode mine = null;
        for (JsonNode review : all) {
            if (review.path("url").asText().endsWith("/findings/" + id)) {
                mine = review;
            }
        }
        assertThat(mine).as("the confirmed pair is exported").isNotNull();
        for (JsonNode review : all) {
            assertThat(review.path("reviewRating").path("alternateName").asText()).startsWith("Contradicted by");
        }

        String page = http.get("/findings/" + id).body();
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(script.find()).as("a JSON-LD block on the finding page").isTrue();
        assertThat(new ObjectMapper().readTree(script.group(1))).isEqualTo(mine);
    }
}
