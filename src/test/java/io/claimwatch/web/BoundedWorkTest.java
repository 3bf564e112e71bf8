package io.claimwatch.web;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.Limits;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.Metrics;
import io.claimwatch.support.RawClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Slow, huge, heavy or too many requests are refused in bounded time, and never starve the others. */
class BoundedWorkTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static App start(Limits limits) {
        return App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()), limits);
    }

    private static String text(String unit, int length) {
        return unit.repeat(length / unit.length());
    }

    @Test
    void tricklingBodiesHoldNoThreadAndTimeOutWith408() throws Exception {
        // more trickling clients than Jetty has threads: if each held one, /health would starve
        Limits limits = new Limits(Duration.ofSeconds(30), Duration.ofSeconds(3), 500, Duration.ofSeconds(10), 2, 16, 0, 0, 32, 256);
        List<RawClient> tricklers = new ArrayList<>();
        try (App server = start(limits)) {
            Http local = new Http("http://127.0.0.1:" + server.port());
            try {
                for (int i = 0; i < 300; i++) {
                    RawClient client = new RawClient(server.port(), 0);
                    client.send("POST /api/v1/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{\"text\":");
                    tricklers.add(client);
                }
                for (int i = 0; i < 20; i++) {
                    long started = System.nanoTime();
                    assertThat(local.get("/health").status()).isEqualTo(200);
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
                    tricklers.get(i).send("\"");
                }
                // the import streams its body on a server thread: a trickled one is cut at the same deadline
                RawClient importer = new RawClient(server.port(), 0);
                tricklers.add(importer);
                importer.send("POST /api/v1/import HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"sources\": [");
                String answer = tricklers.get(0).read(WAIT, "}");
                assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
                assertThat(tricklers.get(299).read(WAIT, "}")).startsWith("HTTP/1.1 408");
                assertThat(importer.closedByServer(WAIT)).isTrue();
            } finally {
                for (RawClient client : tricklers) {
                    client.close();
                }
            }
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413WhileItIsStillArriving() throws Exception {
        try (RawClient client = new RawClient(app.port(), 0)) {
            client.send("POST /api/v1/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String chunk = Integer.toHexString(65536) + "\r\n" + " ".repeat(65536) + "\r\n";
            int sent = 0;
            try {
                for (; sent < 200; sent++) { // up to 13 MB, far past the 1 MB limit; the server stops reading long before
                    client.send(chunk);
                }
            } catch (IOException e) {
                // the server answered and closed while we were still sending: expected
            }
            String answer = client.read(WAIT, "}");
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("1000000");
        }
        try (RawClient client = new RawClient(app.port(), 0)) {
            client.send("POST /api/v1/sources HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000000\r\n\r\n{");
            assertThat(client.read(WAIT, "}")).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }
        // a chunked body within the limit is read as usual
        try (RawClient client = new RawClient(app.port(), 0)) {
            String body = "{\"id\":\"chunky\",\"name\":\"Chunky\",\"kind\":\"other\"}";
            client.send("POST /api/v1/sources HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(10) + "\r\n" + body.substring(0, 10) + "\r\n"
                    + Integer.toHexString(body.length() - 10) + "\r\n" + body.substring(10) + "\r\n0\r\n\r\n");
            assertThat(client.read(WAIT, "}")).startsWith("HTTP/1.1 201");
        }
    }

    @Test
    void adversarialTextsAnswerWithin422OrClaimsInsideTheDeadline() throws Exception {
        Fixtures.catalog(http, "gov", null, "adversarial");
        Duration deadline = Duration.ofSeconds(3);
        Limits limits = new Limits(Duration.ofSeconds(30), Duration.ofSeconds(60), 200, deadline, 2, 16, 0, 0, 32, 256);
        try (App server = start(limits)) {
            Http local = new Http("http://127.0.0.1:" + server.port());
            for (String unit : List.of("he said that ", "not ", "The talks have not begun and ")) {
                String text = text(unit, 19_990);
                idle(local); // a cancelled analysis may still be finishing its tagging: 503 is not what this test is about
                long started = System.nanoTime();
                Response analyzed = local.post("/api/v1/analyze", Map.of("text", text, "statedOn", "2016-02-17"));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(took).as(unit).isLessThan(deadline.plusSeconds(3));
                assertThat(analyzed.status()).as(unit).isIn(200, 422);
                assertThat(analyzed.body().length()).as(unit).isLessThan(1_000_000);
                if (analyzed.status() == 422) {
                    assertThat(analyzed.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(analyzed.json().at("/errors/0/field").asText()).isEqualTo("text");
                    assertThat(analyzed.json().get("detail").asText()).contains("split");
                }
                System.out.println(unit + analyzed.status() + " in " + took.toMillis() + " ms");
            }
            long before = http.get("/api/v1/statements?topicId=adversarial").json().get("items").size();
            idle(local);
            Response stored = local.post("/api/v1/statements", statement("gov", "2016-02-17", text("he said that ", 19_990), "adversarial"));
            assertThat(stored.status()).isEqualTo(422);
            assertThat(stored.json().get("detail").asText()).contains("split"); // the claim cap or the deadline, whichever comes first
            assertThat(http.get("/api/v1/statements?topicId=adversarial").json().get("items").size()).isEqualTo(before);
        }
    }

    private static void idle(Http local) throws InterruptedException {
        Metrics.await(local, "claimwatch_analysis_running", n -> n == 0, WAIT);
    }

    @Test
    void aFullAnalysisPoolIs503WithRetryAfterAndReadsGoOn() throws Exception {
        Limits limits = new Limits(Duration.ofSeconds(30), Duration.ofSeconds(60), 500, Duration.ofSeconds(20), 1, 0, 0, 0, 32, 256);
        try (App server = start(limits)) {
            Http local = new Http("http://127.0.0.1:" + server.port());
            Map<String, String> heavy = Map.of("text", text("not ", 19_990), "statedOn", "2016-02-17");
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> local.post("/api/v1/analyze", heavy));
            Metrics.await(local, "claimwatch_analysis_running", n -> n == 1, WAIT);
            Response second = local.post("/api/v1/analyze", heavy);
            assertThat(second.status()).isEqualTo(503);
            assertThat(second.header("Retry-After")).matches("[0-9]+");
            assertThat(second.header("Content-Type")).startsWith("application/problem+json");
            assertThat(local.get("/api/v1/statements").status()).isEqualTo(200);
            assertThat(first.get().status()).isEqualTo(200);
        }
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndRateLimitHeaders() throws Exception {
        Limits limits = Limits.defaults().withRate(1, 5);
        try (App server = start(limits)) {
            Http local = new Http("http://127.0.0.1:" + server.port());
            List<Response> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(local.get("/api/v1/sources"));
            }
            assertThat(answers.get(0).status()).isEqualTo(200);
            assertThat(answers.get(0).header("RateLimit-Policy")).isEqualTo("\"client\";q=5;w=5");
            assertThat(answers.get(0).header("RateLimit")).startsWith("\"client\";r=4;t=");
            Response limited = answers.get(answers.size() - 1);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).matches("[1-9][0-9]*");
            assertThat(limited.header("RateLimit")).startsWith("\"client\";r=0;");
            assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
            // another address has its own allowance (an authenticated key too: KeyedLimitsTest); health is never limited
            try (RawClient elsewhere = new RawClient(server.port(), 0, "127.0.0.2")) {
                elsewhere.send("GET /api/v1/sources HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                assertThat(elsewhere.read(WAIT, null)).startsWith("HTTP/1.1 200");
            }
            assertThat(local.get("/health").status()).isEqualTo(200);
        }
    }
}
