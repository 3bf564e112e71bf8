package io.claimwatch.web;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.RawHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What any HTTP client may expect: HEAD, 405 with Allow, quoted ETags, RFC 9110 conditions, request ids. */
class HttpConventionsTest extends ApiTest {

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void everyGetHasAQuotedStrongEtagAndAnswers304ToAMatchOrStar() {
        Fixtures.catalog(http, "etag-src", null, null);
        for (String path : new String[] {"/health", "/api/v1/sources", "/api/v1/sources/etag-src", "/api/v1/stats"}) {
            Response got = http.get(path);
            assertThat(got.header("ETag")).as(path).matches("\"[^\"]+\"");
            assertThat(http.get(path, Map.of("If-None-Match", got.header("ETag"))).status()).as(path).isEqualTo(304);
            assertThat(http.get(path, Map.of("If-None-Match", "\"other\", W/" + got.header("ETag"))).status())
                    .as("a list, weakly compared").isEqualTo(304);
            assertThat(http.get(path, Map.of("If-None-Match", "*")).status()).as(path).isEqualTo(304);
            assertThat(http.get(path, Map.of("If-None-Match", "\"other\"")).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void ifMatchStarOrAListMatchesAndAWeakTagNever() {
        Fixtures.catalog(http, "pentagon", null, null);
        String path = "/api/v1/statements/" + http.post("/api/v1/statements", statement("pentagon", "2016", "Said once."))
                .json().get("id").asLong();
        assertThat(http.patch(path, Map.of("text", "Said twice."), Map.of("If-Match", "*")).status()).isEqualTo(200);
        assertThat(http.patch(path, Map.of("text", "Said thrice."), Map.of("If-Match", "\"9\", \"2\"")).status()).isEqualTo(200);
        assertProblem(http.patch(path, Map.of("text", "x"), Map.of("If-Match", "W/\"3\"")), 412);
    }

    @Test
    void headAnswersLikeGetWithoutABodyAndOtherMethodsGet405WithAllow() {
        Response head = http.send("HEAD", "/api/v1/sources", null, Map.of());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith("application/json");
        assertThat(head.header("ETag")).isEqualTo(http.get("/api/v1/sources").header("ETag"));
        assertThat(head.body()).isEmpty();

        Response put = http.send("PUT", "/api/v1/sources", "{}", Map.of());
        assertProblem(put, 405);
        assertThat(put.header("Allow")).contains("GET", "POST", "HEAD");
    }

    @Test
    void requestIdsAreEchoedOrMadeAndContentIsNeverSniffed() {
        Response given = http.get("/health", Map.of("X-Request-Id", "trace-42"));
        assertThat(given.header("X-Request-Id")).isEqualTo("trace-42");
        assertThat(given.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.get("/health").header("X-Request-Id")).isNotBlank();
        assertThat(http.get("/health", Map.of("X-Request-Id", "bad id with spaces")).header("X-Request-Id"))
                .isNotEqualTo("bad id with spaces");
        assertThat(http.get("/api/v1/nope").header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aCursorCarriesItsFiltersAndRefusesOthers() {
        Fixtures.catalog(http, "pentagon", null, "cursor-topic");
        for (String day : new String[] {"2016-02-10", "2016-02-16", "2016-02-17", "2016-02-18"}) {
            http.post("/api/v1/statements", statement("pentagon", day, "Said on " + day + ".", "cursor-topic"));
        }
        Response first = http.get("/api/v1/statements?topicId=cursor-topic&from=2016-02-15&limit=1");
        String cursor = first.json().get("nextCursor").asText();
        Response rest = http.get("/api/v1/statements?cursor=" + cursor + "&limit=10");
        assertThat(rest.json().get("items")).hasSize(2).allSatisfy(item ->
                assertThat(item.get("statedOn").asText()).isGreaterThanOrEqualTo("2016-02-15"));
        assertThat(http.get("/api/v1/statements?topicId=cursor-topic&from=2016-02-15&cursor=" + cursor).status()).isEqualTo(200);
        assertProblem(http.get("/api/v1/statements?from=2016-01-01&cursor=" + cursor), 400);
    }

    @Test
    void jettysOwnErrorsAreProblemsToo() {
        Response badUri = RawHttp.send(app.port(), "GET /api/v1/statements/%zz HTTP/1.1");
        assertProblem(badUri, 400);
        assertThat(badUri.header("Connection")).as("the server closes it, so clients must not reuse it").isEqualTo("close");
        assertProblem(RawHttp.send(app.port(), "GET /api/v1/statements?q=" + "a".repeat(20_000) + " HTTP/1.1"), 414);
        assertProblem(RawHttp.send(app.port(), "GET /health HTTP/1.1\r\nX-Big: " + "b".repeat(20_000)), 431);
        assertProblem(RawHttp.send(app.port(), "GET /health HTTP/1.1\r\nbroken header line"), 400);
    }

    @Test
    void malformedUrlsAreRefusedNotGuessed() {
        assertProblem(RawHttp.send(app.port(), "GET /api/v1/statements?limit=%zz HTTP/1.1"), 400);
        assertProblem(RawHttp.send(app.port(), "GET /api/v1/statements?q=100%25%2 HTTP/1.1"), 400);
        assertProblem(http.get("/api/v1/statements?q=a%00b"), 400);
        assertProblem(http.get("/api/v1/statements?cursor=azE6AA"), 400);
        assertProblem(http.get("/api/v1/statements?limit=%D9%A1"), 400);
        assertProblem(http.get("/api/v1/contradictions?minConfidence=NaN"), 400);
        Fixtures.catalog(http, "pentagon", null, null);
        long id = http.post("/api/v1/statements", statement("pentagon", "2016", "Said once.")).json().get("id").asLong();
        for (String alias : new String[] {"+" + id, "0" + id, "%D9%A1", "%EF%BC%91"}) {
            assertProblem(http.get("/api/v1/statements/" + alias), 404);
            assertProblem(http.send("DELETE", "/api/v1/statements/" + alias, null, Map.of("If-Match", "*")), 404);
        }
        assertThat(http.get("/api/v1/statements/" + id).status()).isEqualTo(200);
    }
}
