package io.claimwatch.event;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.Limits;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.Metrics;
import io.claimwatch.support.RawClient;
import io.claimwatch.support.SseStream;
import io.claimwatch.support.SseStream.SseEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clients that never read their stream are dropped; they never hold up the others. */
class StalledStreamTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int STALLED = 4;
    /** Statement texts are echoed in their events: long ones fill a stalled socket sooner. */
    private static final String FILLER = " Fine weather, calm seas, clear skies, light winds and warm nights everywhere.".repeat(100);

    @Test
    void neverReadingClientsAreDroppedWhileAReaderKeepsGettingEveryEvent() throws Exception {
        Fixtures.catalog(http, "mod", null, "stalls");
        Limits limits = Limits.defaults().withStreams(32, 16); // room for a batch of 10, not for a stalled client
        try (App server = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()), limits)) {
            Http local = new Http("http://127.0.0.1:" + server.port());
            List<RawClient> stalled = new ArrayList<>();
            try (SseStream reader = new SseStream("http://127.0.0.1:" + server.port() + "/api/v1/events", null)) {
                for (int i = 0; i < STALLED; i++) {
                    RawClient client = new RawClient(server.port(), 1024);
                    client.send("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); // no Accept header: streams anyway
                    stalled.add(client);
                }
                reader.awaitConnected(WAIT);
                Metrics.await(local, "claimwatch_sse_clients", n -> n == STALLED + 1, WAIT);

                // one contradiction between two long statements; each review of it is an event carrying both texts
                local.post("/api/v1/statements", statement("mod", "2016-03-01", "The talks have begun." + FILLER, "stalls"));
                local.post("/api/v1/statements", statement("mod", "2016-03-01", "The talks have not begun." + FILLER, "stalls"));
                reader.nextOfType("contradiction.created", WAIT);
                String path = "/api/v1/contradictions/" + local.get("/api/v1/contradictions?topicId=stalls").json().at("/items/0/id").asLong();
                String etag = local.get(path).header("ETag");
                int reviews = 0;
                while (Metrics.value(local, "claimwatch_sse_clients") > 1) {
                    assertThat(reviews).as("stalled clients dropped within 400 events").isLessThan(400);
                    for (int batch = 0; batch < 10; batch++) { // the poller batches them; the reader must get each
                        reviews++;
                        Http.Response reviewed = local.patch(path, Map.of("status", reviews % 2 == 0 ? "open" : "confirmed",
                                "note", "review " + reviews + "."), Map.of("If-Match", etag));
                        assertThat(reviewed.status()).isEqualTo(200);
                        etag = reviewed.header("ETag");
                    }
                    for (int seen = reviews - 9; seen <= reviews; seen++) {
                        assertThat(reader.nextOfType("contradiction.updated", WAIT).data()).contains("review " + seen + ".");
                    }
                }
                assertThat(Metrics.value(local, "claimwatch_sse_dropped_total")).isEqualTo(STALLED);
                for (RawClient client : stalled) {
                    assertThat(client.closedByServer(WAIT)).isTrue();
                }
                System.out.println("stalled clients dropped after " + reviews + " reviews");
            } finally {
                for (RawClient client : stalled) {
                    client.close();
                }
            }
        }
    }

    @Test
    void plainCurlStreamsAndTheCapPerClientIs429() throws Exception {
        Limits limits = Limits.defaults().withStreams(2, 16);
        try (App server = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()), limits);
             RawClient first = new RawClient(server.port(), 0); RawClient second = new RawClient(server.port(), 0);
             RawClient third = new RawClient(server.port(), 0);
             RawClient elsewhere = new RawClient(server.port(), 0, "127.0.0.2")) {
            first.send("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n");
            assertThat(first.read(WAIT, ": connected")).startsWith("HTTP/1.1 200").contains("text/event-stream");
            second.send("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(second.read(WAIT, ": connected")).contains(": connected");
            third.send("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(third.read(WAIT, "}")).startsWith("HTTP/1.1 429").contains("Retry-After").contains("application/problem+json");
            // another address is another client (an authenticated key is one too: KeyedLimitsTest)
            elsewhere.send("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(elsewhere.read(WAIT, ": connected")).contains("HTTP/1.1 200");
        }
    }
}
