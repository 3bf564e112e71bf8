package io.claimwatch.web;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.Http.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kept answers of the busy reads never hide a write: one made here, or a detection made by another server. */
class ReadCacheTest extends ApiTest {

    private static final String BEGUN = "The United States and South Korea have begun formal talks on the missile system.";
    private static final String NOT_BEGUN = "The talks between the United States and South Korea on the missile system have not begun.";

    @Test
    void anAnswerIsKeptUntilAWriteHereEnds() {
        Fixtures.catalog(http, "pentagon", null, "cache-here");
        Fixtures.catalog(http, "yonhap", null, null);
        String list = "/api/v1/contradictions?topicId=cache-here";
        http.post("/api/v1/statements", statement("pentagon", "2016-02-08", BEGUN, "cache-here"));
        Response first = http.get(list);
        Response again = http.get(list);
        assertThat(again.body()).isEqualTo(first.body()).contains("\"items\":[]");
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(http.get(list, Map.of("If-None-Match", first.header("ETag"))).status()).isEqualTo(304);

        http.post("/api/v1/statements", statement("yonhap", "2016-02-09", NOT_BEGUN, "cache-here"));
        Response after = http.get(list);
        assertThat(after.json().get("items")).hasSize(1);
        assertThat(after.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(http.get("/api/v1/topics/cache-here/timeline").body()).contains(NOT_BEGUN);
    }

    /**
     * Seen by every read that starts {@link ReadCache#EVENT_CHECK} after the write returned: such a read either
     * looks the newest event up itself or reuses a look-up made after the write. Reads before that may still get
     * the kept answer, so the test reads until one started that late; without the event stamp the kept answer
     * would last {@link ReadCache#MAX_AGE}, a hundred times longer, and the last read would fail.
     */
    @Test
    void aDetectionByAnotherServerIsSeenOnceTheEventCheckIsDue() {
        Fixtures.catalog(http, "pentagon", null, "cache-there");
        Fixtures.catalog(http, "yonhap", null, null);
        try (App second = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()))) {
            Http other = new Http("http://127.0.0.1:" + second.port());
            other.post("/api/v1/statements", statement("pentagon", "2016-02-08", BEGUN, "cache-there"));
            String list = "/api/v1/contradictions?topicId=cache-there";
            assertThat(http.get(list).json().get("items")).isEmpty();
            assertThat(http.get(list).json().get("items")).isEmpty(); // now kept here

            // written through the other server only: this one learns of it from the new events
            assertThat(other.post("/api/v1/statements", statement("yonhap", "2016-02-09", NOT_BEGUN, "cache-there"))
                    .status()).isEqualTo(201);
            long written = System.nanoTime();
            long started;
            JsonNode items;
            do {
                started = System.nanoTime();
                items = http.get(list).json().get("items");
            } while (items.isEmpty() && started - written < ReadCache.EVENT_CHECK.toNanos());
            assertThat(items).hasSize(1);
        }
    }
}
