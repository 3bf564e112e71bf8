package io.claimwatch.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http;
import io.claimwatch.support.Thaad;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The console over plain HTTP: sessions, CSRF, the review form's version check, ordering, error pages. */
class ConsolePagesTest extends ApiTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form, boolean htmx) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://127.0.0.1:" + app.port();
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictAndFormsNeedItsToken() throws Exception {
        Map<String, Long> ids = Thaad.seed(http, "console-csrf");
        long pair = http.get("/api/v1/contradictions?relation=conflict&statementId=" + ids.get("cook")).json()
                .get("items").get(0).get("id").asLong();
        HttpResponse<String> queue = get("/?topicId=console-csrf", null);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
        String setCookie = queue.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String token = csrf(queue.body());

        Map<String, String> confirm = Map.of("status", "confirmed", "version", "1", "from", "queue");
        assertThat(post("/findings/" + pair + "/review", cookie, confirm, true).statusCode()).as("no token").isEqualTo(403);
        assertThat(post("/findings/" + pair + "/review", null, with(confirm, "_csrf", token), true).statusCode())
                .as("token without its session").isEqualTo(403);
        assertThat(post("/findings/" + pair + "/review", cookie, with(confirm, "_csrf", "forged"), true).statusCode())
                .as("wrong token").isEqualTo(403);
        assertThat(http.get("/api/v1/contradictions/" + pair).json().get("status").asText()).isEqualTo("open");

        HttpResponse<String> done = post("/findings/" + pair + "/review", cookie, with(confirm, "_csrf", token), true);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Marked confirmed by console");
        var stored = http.get("/api/v1/contradictions/" + pair).json();
        assertThat(stored.get("status").asText()).isEqualTo("confirmed");
        assertThat(stored.get("reviewer").asText()).as("the reviewer is the session's user").isEqualTo("console");
        assertThat(get("/?topicId=console-csrf", cookie).body()).as("it left the queue").doesNotContain("id=\"pair-" + pair + "\"");
    }

    @Test
    void aStaleVersionIsShownAsSuchAndNotRecorded() throws Exception {
        Map<String, Long> ids = Thaad.seed(http, "console-stale");
        long pair = http.get("/api/v1/contradictions?relation=conflict&statementId=" + ids.get("cook")).json()
                .get("items").get(0).get("id").asLong();
        HttpResponse<String> page = get("/findings/" + pair, null);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = csrf(page.body());
        http.patch("/api/v1/contradictions/" + pair, Map.of("status", "dismissed", "reviewer", "ben"), Map.of("If-Match", "\"1\""));

        HttpResponse<String> stale = post("/findings/" + pair + "/review", cookie,
                Map.of("_csrf", token, "status", "confirmed", "version", "1", "from", "finding"), true);
        assertThat(stale.body()).contains("Someone changed this pair").contains("dismissed").contains("by ben")
                .contains("name=\"version\" value=\"2\"");
        assertThat(http.get("/api/v1/contradictions/" + pair).json().get("status").asText()).isEqualTo("dismissed");

        HttpResponse<String> plain = post("/findings/" + pair + "/review", cookie,
                Map.of("_csrf", token, "status", "open", "version", "2", "from", "finding"), false);
        assertThat(plain.statusCode()).as("a form post without htmx is redirected back").isEqualTo(303);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).isEqualTo("/findings/" + pair);
    }

    @Test
    void theQueueOrdersNewestOrMostConfidentFirstAndPagesAreHtmlEvenForErrors() throws Exception {
        Thaad.seed(http, "console-order");
        String newest = get("/?topicId=console-order", null).body();
        String confident = get("/?topicId=console-order&sort=confidence", null).body();
        assertThat(ids(newest)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ids(confident)).containsExactlyInAnyOrderElementsOf(ids(newest));
        assertThat(confident.indexOf("97%")).isLessThan(confident.indexOf("58%"));

        HttpResponse<String> missing = get("/findings/987654", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        HttpResponse<String> bad = get("/?kind=bogus", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("kind");
        for (String path : new String[] {"/timeline/console-order", "/source/pentagon", "/search?q=talks", "/dashboard"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void withoutKeysOnTheServerSignInSaysSoAndNeverRedirectsToAnotherHost() throws Exception {
        HttpResponse<String> form = get("/signin?next=//evil.example/", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("no API keys yet").contains("value=\"/\"").doesNotContain("evil.example");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> refused = post("/signin", cookie, Map.of("_csrf", csrf(form.body()), "key", "cw_nothing", "next", "/"), false);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("no API keys yet");
        assertThat(post("/signin", cookie, Map.of("key", "cw_nothing"), false).statusCode()).as("no CSRF token").isEqualTo(403);
    }

    private static java.util.List<Long> ids(String page) {
        Matcher m = Pattern.compile("<article class=\"pair [a-z]+\" id=\"pair-(\\d+)\"").matcher(page);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(form);
        copy.put(key, value);
        return copy;
    }
}
