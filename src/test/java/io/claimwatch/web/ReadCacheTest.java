package io.claimwatch.web;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aDetectionByAnotherServerIsSeenAtOnce() {
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
            assertThat(http.get(list).json().get("items")).hasSize(1);
        }
    }
}
