package io.claimwatch.event;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.SseStream;
import io.claimwatch.support.SseStream.SseEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventStreamTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private String url(App target) {
        return "http://127.0.0.1:" + target.port() + "/api/v1/events";
    }

    @Test
    void streamsCreationsAndReviewsAndReplaysWhatAClientMissed() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "live");
        String lastSeen;
        try (SseStream stream = new SseStream(url(app), null)) {
            assertThat(stream.statusCode(WAIT)).isEqualTo(200);
            stream.awaitConnected(WAIT);
            http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The talks have begun.", "live"));
            SseEvent created = stream.nextOfType("statement.created", WAIT);
            assertThat(created.data()).contains("The talks have begun.");
            assertThat(created.id()).isNotBlank();

            http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The talks have not begun.", "live"));
            SseEvent flagged = stream.nextOfType("contradiction.created", WAIT);
            assertThat(flagged.data()).contains("\"relation\":\"conflict\"");
            lastSeen = flagged.id();
        }

        long contradiction = http.get("/api/v1/contradictions?topicId=live").json().at("/items/0/id").asLong();
        http.patch("/api/v1/contradictions/" + contradiction, Map.of("status", "confirmed"), Map.of("If-Match", "\"1\""));
        http.post("/api/v1/statements", statement("pentagon", "2016-03-02", "Missed while away.", "live"));

        try (SseStream again = new SseStream(url(app), lastSeen)) {
            SseEvent updated = again.next(WAIT);
            assertThat(updated.type()).isEqualTo("contradiction.updated");
            assertThat(updated.data()).contains("\"status\":\"confirmed\"");
            SseEvent missed = again.next(WAIT);
            assertThat(missed.type()).isEqualTo("statement.created");
            assertThat(missed.data()).contains("Missed while away.");
            assertThat(Long.parseLong(missed.id())).isGreaterThan(Long.parseLong(updated.id()));
        }
    }

    @Test
    void aChangeMadeThroughAnotherServerProcessReachesThisOnesClients() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "other-process");
        try (App second = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()));
             SseStream stream = new SseStream(url(app), null)) {
            assertThat(stream.statusCode(WAIT)).isEqualTo(200);
            stream.awaitConnected(WAIT);
            new Http("http://127.0.0.1:" + second.port())
                    .post("/api/v1/statements", statement("pentagon", "2016-03-03", "Posted elsewhere.", "other-process"));
            SseEvent event = stream.nextOfType("statement.created", WAIT);
            assertThat(event.data()).contains("Posted elsewhere.");
        }
    }

    @Test
    void aMalformedLastEventIdIs400() {
        assertThat(http.get("/api/v1/events", Map.of("Last-Event-ID", "yesterday")).status()).isEqualTo(400);
    }
}
