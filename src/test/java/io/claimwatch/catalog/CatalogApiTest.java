package io.claimwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogApiTest extends ApiTest {

    private static final Map<String, String> ANY = Map.of("If-Match", "*");


    @Test
    void sourceLifecycle() {
        Response created = http.post("/api/v1/sources", Map.of("id", "pentagon", "name", "US Department of Defense",
                "kind", "military", "country", "US", "aliases", java.util.List.of("Pentagon", "DoD")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/sources/pentagon");
        assertThat(created.json().get("aliases").toString()).isEqualTo("[\"Pentagon\",\"DoD\"]");
        assertThat(created.json().get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");

        Response fetched = http.get("/api/v1/sources/pentagon");
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("name").asText()).isEqualTo("US Department of Defense");

        assertThat(http.patch("/api/v1/sources/pentagon", Map.of("name", "Pentagon"), Map.of()).status())
                .as("If-Match is required").isEqualTo(428);
        Response patched = http.patch("/api/v1/sources/pentagon", Map.of("name", "Pentagon"), Map.of("If-Match", fetched.header("ETag")));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isNotEqualTo(fetched.header("ETag"));
        assertThat(http.patch("/api/v1/sources/pentagon", Map.of("name", "Lost"), Map.of("If-Match", fetched.header("ETag"))).status())
                .as("a stale ETag").isEqualTo(412);
        assertThat(patched.json().get("name").asText()).isEqualTo("Pentagon");
        assertThat(patched.json().get("country").asText()).isEqualTo("US");

        assertThat(http.delete("/api/v1/sources/pentagon").status()).isEqualTo(428);
        assertThat(http.send("DELETE", "/api/v1/sources/pentagon", null, Map.of("If-Match", fetched.header("ETag"))).status())
                .isEqualTo(412);
        assertThat(http.send("DELETE", "/api/v1/sources/pentagon", null, Map.of("If-Match", patched.header("ETag"))).status())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/sources/pentagon").status()).isEqualTo(404);
    }

    @Test
    void duplicateIdIsAConflictAndKeepsTheFirst() {
        http.post("/api/v1/topics", Map.of("id", "dup-topic", "title", "first"));
        Response again = http.post("/api/v1/topics", Map.of("id", "dup-topic", "title", "second"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/topics/dup-topic").json().get("title").asText()).isEqualTo("first");
    }

    @Test
    void speakerMustNameAKnownSource() {
        Response response = http.post("/api/v1/speakers", Map.of("id", "ghost", "name", "Nobody", "sourceId", "no-such-source"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("sourceId");
        assertThat(http.get("/api/v1/speakers/ghost").status()).isEqualTo(404);
    }

    @Test
    void sourceInUseCannotBeDeleted() {
        http.post("/api/v1/sources", Map.of("id", "mnd", "name", "MND", "kind", "military"));
        http.post("/api/v1/speakers", Map.of("id", "cho", "name", "Cho June-hyuck", "sourceId", "mnd"));
        Response refused = http.send("DELETE", "/api/v1/sources/mnd", null, ANY);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("speaker");
        assertThat(http.get("/api/v1/sources/mnd").status()).isEqualTo(200);

        assertThat(http.send("DELETE", "/api/v1/speakers/cho", null, ANY).status()).isEqualTo(204);
        assertThat(http.send("DELETE", "/api/v1/sources/mnd", null, ANY).status()).isEqualTo(204);
    }

    @Test
    void listsPageThroughEveryEntryOnce() {
        for (int i = 0; i < 7; i++) {
            http.post("/api/v1/topics", Map.of("id", "page-" + i, "title", "Topic " + i));
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Response page = http.get("/api/v1/topics?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen.stream().filter(id -> id.startsWith("page-")))
                .containsExactly("page-0", "page-1", "page-2", "page-3", "page-4", "page-5", "page-6");
        assertThat(seen).doesNotHaveDuplicates();
    }

    @Test
    void patchCannotChangeTheIdOrBreakValidation() {
        http.post("/api/v1/sources", Map.of("id", "yonhap", "name", "Yonhap", "kind", "news_agency"));
        assertThat(http.patch("/api/v1/sources/yonhap", Map.of("id", "other"), ANY).status()).isEqualTo(400);
        Response badKind = http.patch("/api/v1/sources/yonhap", Map.of("kind", "blog"), ANY);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().at("/errors/0/field").asText()).isEqualTo("kind");
        assertThat(http.get("/api/v1/sources/yonhap").json().get("kind").asText()).isEqualTo("news_agency");
    }
}
