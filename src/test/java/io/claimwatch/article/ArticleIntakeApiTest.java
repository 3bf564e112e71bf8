package io.claimwatch.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed article through intake: drafts, matching, acceptance and the verdicts it leads to. */
class ArticleIntakeApiTest extends ApiTest {

    static final String SEED = resource("db/demo/thaad-talks-article.txt");

    static String resource(String name) {
        try (InputStream in = ArticleIntakeApiTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A newsroom's catalog: sources with the aliases it knows them by, and no speakers yet. */
    @BeforeEach
    void catalog() {
        source("pentagon", "Pentagon", "military", List.of("US Department of Defense", "DoD"));
        source("rok-mnd", "South Korean defence ministry", "military", List.of("MND", "Ministry of National Defense"));
        source("china", "Chinese government", "government", List.of("China", "Beijing"));
        source("yonhap", "Yonhap", "news_agency", List.of("Yonhap News Agency"));
        source("reuters", "Reuters", "news_agency", List.of());
        source("hkfp", "Hong Kong Free Press", "online_outlet", List.of("HKFP"));
    }

    private static void source(String id, String name, String kind, List<String> aliases) {
        http.post("/api/v1/sources", Map.of("id", id, "name", name, "kind", kind, "aliases", aliases));
    }

    static Map<String, Object> article(String topic) {
        http.post("/api/v1/topics", Map.of("id", topic, "title", topic));
        Map<String, Object> body = new HashMap<>();
        body.put("text", SEED);
        body.put("url", "https://example.org/" + topic);
        body.put("outletId", "hkfp");
        body.put("publishedOn", "2016-02-19");
        body.put("topicIds", List.of(topic));
        return body;
    }

    private static JsonNode draftOf(JsonNode drafts, String speakerName, String sourceId, int nth) {
        int seen = 0;
        for (JsonNode d : drafts) {
            boolean speaker = speakerName == null ? d.at("/speaker/name").isNull() : speakerName.equals(d.at("/speaker/name").asText());
            if (speaker && sourceId.equals(d.get("sourceId").asText()) && seen++ == nth) {
                return d;
            }
        }
        throw new AssertionError("no draft " + nth + " of " + speakerName + " / " + sourceId + " in " + drafts);
    }

    @Test
    void theSeedArticleGivesAttributedDatedDrafts() {
        Http.Response created = http.post("/api/v1/articles", article("seed-drafts"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/articles/" + created.json().get("id").asLong());
        JsonNode drafts = http.get(created.header("Location")).json().get("drafts");

        JsonNode moon = draftOf(drafts, "Moon Sang-gyun", "rok-mnd", 0);
        assertThat(moon.get("quote").asText()).isEqualTo("paraphrase");
        JsonNode cook = draftOf(drafts, "Peter Cook", "pentagon", 0);
        assertThat(cook.get("statedOn").asText()).isEqualTo("2016-02-08/2016-02-15"); // "last Monday": either Monday
        assertThat(cook.get("datePhrase").asText()).isEqualTo("last Monday");
        JsonNode cho = draftOf(drafts, "Cho June-hyuck", "rok-mnd", 0);
        assertThat(cho.get("statedOn").asText()).isEqualTo("2016-02-11/2016-02-18");
        assertThat(cho.get("quote").asText()).isEqualTo("verbatim");
        JsonNode wang = draftOf(drafts, "Wang Yi", "china", 0);
        assertThat(wang.get("reportedById").asText()).isEqualTo("reuters");
        assertThat(wang.get("statedOn").asText()).isEqualTo("2016-02-12");
        JsonNode urban = draftOf(drafts, "Bill Urban", "pentagon", 0);
        assertThat(urban.get("reportedById").asText()).isEqualTo("yonhap");
        assertThat(urban.get("statedOn").asText()).isEqualTo("2016-02-17");
        assertThat(urban.get("text").asText()).isEqualTo("The talks have not yet begun, and there was no timetable for when they would.");
        JsonNode yonhap = draftOf(drafts, null, "yonhap", 1);
        assertThat(yonhap.get("statedOn").asText()).isEqualTo("2016-02-18");
        assertThat(yonhap.get("datePhrase").asText()).isEqualTo("one day later");
        JsonNode heinrichs = draftOf(drafts, "Raoul Heinrichs", "lowy-institute-for-international-policy", 0);
        assertThat(heinrichs.get("reportedById").asText()).isEqualTo("national-interest");
        assertThat(heinrichs.get("proposed")).extracting(JsonNode::asText).containsExactly("speaker", "source", "reportedBy");
        JsonNode hong1 = draftOf(drafts, "Hong Lei", "china", 0);
        JsonNode hong2 = draftOf(drafts, "Hong Lei", "china", 1);
        assertThat(hong1.get("statedOn").asText()).isEqualTo("2016-02-15");
        assertThat(hong2.get("statedOn").asText()).isEqualTo("2016-02-15");
        assertThat(hong2.get("cue").asText()).isEqualTo("added");
        assertThat(hong1.get("speaker").get("id").asText()).isEqualTo("hong-lei");

        for (JsonNode d : drafts) {
            String text = d.get("text").asText();
            assertThat(text).doesNotContain("Wikimedia", "Hermina", "Contradictory statements", "\u201C", "\u201D");
            int start = d.at("/span/start").asInt();
            int end = d.at("/span/end").asInt();
            assertThat(end).isGreaterThan(start);
            assertThat(SEED.substring(start, end).replace('\u00A0', ' ').replaceAll("[\u201C\u201D]", ""))
                    .isEqualToIgnoringCase(text.replaceAll("[.]$", "").substring(0, end - start - (SEED.substring(start, end).length()
                            - SEED.substring(start, end).replaceAll("[\u201C\u201D]", "").length())));
            assertThat(d.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(d.get("status").asText()).isEqualTo("draft");
        }
        assertThat(drafts).hasSize(10);
    }

    @Test
    void acceptingFlagsTheSameSourceConflictAndTheReversalAndTwiceChangesNothing() {
        JsonNode article = http.post("/api/v1/articles?accept=true", article("seed-accept")).json();
        JsonNode drafts = article.get("drafts");
        assertThat(drafts).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("accepted"));
        assertThat(article.get("statements")).hasSize(10);
        long cook = draftOf(drafts, "Peter Cook", "pentagon", 0).get("statementId").asLong();
        long urban = draftOf(drafts, "Bill Urban", "pentagon", 0).get("statementId").asLong();
        long yonhap = draftOf(drafts, null, "yonhap", 1).get("statementId").asLong();

        Map<Set<Long>, JsonNode> found = contradictions("seed-accept");
        JsonNode cookUrban = found.get(Set.of(cook, urban));
        assertThat(cookUrban).as("Urban contradicts Cook").isNotNull();
        assertThat(cookUrban.get("relation").asText()).isEqualTo("conflict");
        assertThat(cookUrban.get("scope").asText()).isEqualTo("same-source");
        JsonNode urbanYonhap = found.get(Set.of(urban, yonhap));
        assertThat(urbanYonhap).as("Urban then Yonhap").isNotNull();
        assertThat(urbanYonhap.get("relation").asText()).isEqualTo("reversal");

        JsonNode statement = http.get("/api/v1/statements/" + urban).json();
        assertThat(statement.at("/provenance/articleId").asLong()).isEqualTo(article.get("id").asLong());
        assertThat(statement.get("url").asText()).isEqualTo("https://example.org/seed-accept");
        assertThat(statement.get("reportedOn").asText()).isEqualTo("2016-02-19");
        assertThat(statement.get("externalId").asText()).startsWith("article-" + article.get("id").asLong() + "-draft-");

        JsonNode again = http.post("/api/v1/articles/" + article.get("id").asLong() + "/accept", Map.of()).json();
        assertThat(again.get("statements")).isEqualTo(article.get("statements"));
        assertThat(contradictions("seed-accept").keySet()).isEqualTo(found.keySet());

        JsonNode lowy = http.get("/api/v1/sources/lowy-institute-for-international-policy").json();
        assertThat(lowy.get("verified").asBoolean()).isFalse();
        assertThat(lowy.get("kind").asText()).isEqualTo("think_tank");
        assertThat(http.get("/api/v1/speakers/bill-urban").json().get("verified").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/sources/pentagon").json().get("verified").asBoolean()).isTrue();

        String export = http.get("/api/v1/export/statements?format=ndjson&topicId=seed-accept").body();
        assertThat(export).contains("\"provenance\":{\"articleId\":" + article.get("id").asLong());
    }

    private static Map<Set<Long>, JsonNode> contradictions(String topic) {
        Map<Set<Long>, JsonNode> byPair = new HashMap<>();
        http.get("/api/v1/contradictions?limit=500&topicId=" + topic).json().get("items")
                .forEach(c -> byPair.put(Set.of(c.at("/statements/0/id").asLong(), c.at("/statements/1/id").asLong()), c));
        return byPair;
    }

    @Test
    void aReviewerFixesADraftWithIfMatchDropsAnotherAndAcceptsAList() {
        JsonNode article = http.post("/api/v1/articles", article("seed-review")).json();
        long id = article.get("id").asLong();
        JsonNode drafts = http.get("/api/v1/articles/" + id).json().get("drafts");
        long moon = draftOf(drafts, "Moon Sang-gyun", "rok-mnd", 0).get("id").asLong();
        long extra = draftOf(drafts, null, "yonhap", 0).get("id").asLong();
        String path = "/api/v1/articles/" + id + "/drafts/" + moon;

        Http.Response read = http.get(path);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(http.patch(path, Map.of("statedOn", "2016-02-19"), Map.of()).status()).isEqualTo(428);
        assertThat(http.patch(path, Map.of("statedOn", "2016-02-19"), Map.of("If-Match", "\"7\"")).status()).isEqualTo(412);
        Http.Response bad = http.patch(path, Map.of("statedOn", "2016-19-02"), Map.of("If-Match", "\"1\""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("statedOn");
        Http.Response fixed = http.patch(path, Map.of("statedOn", "2016-02-19", "speakerTitle", "MND spokesperson"),
                Map.of("If-Match", "\"1\""));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.header("ETag")).isEqualTo("\"2\"");
        assertThat(fixed.json().get("statedOn").asText()).isEqualTo("2016-02-19");

        assertThat(http.delete("/api/v1/articles/" + id + "/drafts/" + extra).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/articles/" + id + "/drafts/" + extra).status()).isEqualTo(404);

        JsonNode accepted = http.post("/api/v1/articles/" + id + "/accept", Map.of("draftIds", List.of(moon))).json();
        assertThat(accepted.get("statements")).hasSize(1);
        JsonNode statement = accepted.get("statements").get(0);
        assertThat(statement.get("statedOn").asText()).isEqualTo("2016-02-19");
        assertThat(statement.get("sourceId").asText()).isEqualTo("rok-mnd");
        assertThat(statement.get("speakerId").asText()).isEqualTo("moon-sang-gyun");
        assertThat(fixed.json().at("/speaker/title").asText()).isEqualTo("MND spokesperson");
        assertThat(http.patch(path, Map.of("statedOn", "2016-02-18"), Map.of("If-Match", "\"3\"")).status()).isEqualTo(409);

        Http.Response unknown = http.post("/api/v1/articles/" + id + "/accept", Map.of("draftIds", List.of(extra)));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("draftIds");
    }

    @Test
    void acceptingRefusesDraftsThatCannotBecomeStatementsAndStoresNothing() {
        long id = http.post("/api/v1/articles", article("seed-refuse")).json().get("id").asLong();
        JsonNode drafts = http.get("/api/v1/articles/" + id).json().get("drafts");
        long urban = draftOf(drafts, "Bill Urban", "pentagon", 0).get("id").asLong();
        Map<String, Object> patch = new HashMap<>();
        patch.put("speakerId", "someone-new");
        patch.put("speakerName", null);
        Http.Response patched = http.patch("/api/v1/articles/" + id + "/drafts/" + urban, patch, Map.of("If-Match", "\"1\""));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        Http.Response refused = http.post("/api/v1/articles/" + id + "/accept", Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("drafts[" + urban + "].speakerName");
        assertThat(http.get("/api/v1/articles/" + id).json().get("statements")).isEmpty();
        assertThat(http.get("/api/v1/statements?topicId=seed-refuse").json().get("items")).isEmpty();
    }

    @Test
    void htmlIsReducedToItsParagraphsWithoutScriptsOrFigures() {
        String html = "<html><head><script>var said = 'x';</script></head><body><nav>Home | World</nav><article>"
                + "<h1>Ministers disagree</h1><p>By Jo Bloggs</p>"
                + "<p>The bridge will reopen in May, transport minister Lena Park said on Monday.</p>"
                + "<figure><img src='x.jpg'><figcaption>The bridge. Photo: archive</figcaption></figure>"
                + "<p>&ldquo;It is not safe,&rdquo; engineer Tom Reyes told the Daily Courier.</p></article>"
                + "<footer>Subscribe</footer></body></html>";
        Map<String, Object> body = new HashMap<>();
        body.put("html", html);
        body.put("publishedOn", "2026-03-04");
        Http.Response created = http.post("/api/v1/articles", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode full = http.get(created.header("Location")).json();
        assertThat(full.get("format").asText()).isEqualTo("html");
        assertThat(full.get("text").asText()).doesNotContain("Subscribe", "Home", "Photo", "var said");
        JsonNode drafts = full.get("drafts");
        assertThat(drafts).hasSize(2);
        assertThat(drafts.get(0).at("/speaker/name").asText()).isEqualTo("Lena Park");
        assertThat(drafts.get(0).get("statedOn").asText()).isEqualTo("2026-03-02");
        assertThat(drafts.get(1).at("/speaker/name").asText()).isEqualTo("Tom Reyes");
        assertThat(drafts.get(1).get("reportedBy").asText()).isEqualTo("Daily Courier");
        assertThat(drafts.get(1).get("quote").asText()).isEqualTo("verbatim");
    }

    @Test
    void badArticlesAreProblemsNamingTheField() {
        Map<String, Object> empty = new HashMap<>(Map.of("text", "  ", "publishedOn", "2016-02-19"));
        problem(http.post("/api/v1/articles", empty), 400, "text");
        Map<String, Object> tooLong = new HashMap<>(Map.of("text", "word ".repeat(25_000), "publishedOn", "2016-02-19"));
        problem(http.post("/api/v1/articles", tooLong), 400, "text");
        Map<String, Object> noText = new HashMap<>(Map.of("html", "<html><body><script>x()</script><img src='a'></body></html>",
                "publishedOn", "2016-02-19"));
        problem(http.post("/api/v1/articles", noText), 400, "html");
        Map<String, Object> unknownOutlet = new HashMap<>(Map.of("text", SEED, "publishedOn", "2016-02-19", "outletId", "nobody"));
        problem(http.post("/api/v1/articles", unknownOutlet), 422, "outletId");
        Map<String, Object> badDate = new HashMap<>(Map.of("text", SEED, "publishedOn", "19/02/2016"));
        problem(http.post("/api/v1/articles", badDate), 400, "publishedOn");
        Map<String, Object> both = new HashMap<>(Map.of("text", SEED, "html", "<p>x</p>", "publishedOn", "2016-02-19"));
        problem(http.post("/api/v1/articles", both), 400, "html");
        problem(http.post("/api/v1/articles?accept=maybe", article("seed-bad")), 400, "accept");
        assertThat(http.get("/api/v1/articles/999999").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/articles/x").status()).isEqualTo(404);
    }

    private static void problem(Http.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsText("field")).contains(field);
        assertThat(r.body()).doesNotContain("Exception", "jooq", "SQL");
    }

    @Test
    void articlesAreListedByOutletTopicAndDateWithCursors() {
        List<Long> ids = new ArrayList<>();
        for (String day : List.of("2016-02-19", "2016-02-20", "2016-03-01")) {
            Map<String, Object> body = article("seed-list");
            body.put("publishedOn", day);
            body.put("url", "https://example.org/list/" + day);
            ids.add(http.post("/api/v1/articles", body).json().get("id").asLong());
        }
        JsonNode page1 = http.get("/api/v1/articles?topicId=seed-list&limit=2").json();
        assertThat(page1.get("items")).extracting(n -> n.get("id").asLong()).containsExactly(ids.get(0), ids.get(1));
        assertThat(page1.get("items").get(0).has("drafts")).isFalse();
        JsonNode page2 = http.get("/api/v1/articles?cursor=" + page1.get("nextCursor").asText() + "&topicId=seed-list&limit=2").json();
        assertThat(page2.get("items")).extracting(n -> n.get("id").asLong()).containsExactly(ids.get(2));
        assertThat(page2.get("nextCursor").isNull()).isTrue();
        Set<Long> inFeb = new HashSet<>();
        http.get("/api/v1/articles?topicId=seed-list&outletId=hkfp&from=2016-02-20&to=2016-02").json().get("items")
                .forEach(n -> inFeb.add(n.get("id").asLong()));
        assertThat(inFeb).containsExactly(ids.get(1));
        assertThat(http.get("/api/v1/articles?from=yesterday").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/articles?colour=red").status()).isEqualTo(400);
    }
}
