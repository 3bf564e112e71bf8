package io.claimwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http;
import io.claimwatch.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest extends ApiTest {

    private static JsonNode startWithDemoAndList(String url) {
        try (App demoApp = App.start(new Config("127.0.0.1", 0, url, null, null, true, List.of()))) {
            return new Http("http://127.0.0.1:" + demoApp.port()).get("/api/v1/statements?topicId=thaad-talks").json().get("items");
        }
    }

    @Test
    void demoHoldsTheSeedStatementsAndLoadingTwiceChangesNothing() {
        try (TestDatabase.Fresh fresh = db.fresh()) {
            JsonNode first = startWithDemoAndList(fresh.url());
            JsonNode second = startWithDemoAndList(fresh.url());
            assertThat(first).hasSize(6);
            assertThat(second).isEqualTo(first);

            JsonNode urban = first.get(4);
            assertThat(urban.get("speakerId").asText()).isEqualTo("bill-urban");
            assertThat(urban.get("reportedById").asText()).isEqualTo("yonhap");
            assertThat(urban.get("statedOn").asText()).isEqualTo("2016-02-17");
            JsonNode cook = first.get(0);
            assertThat(cook.get("statedOn").asText()).isEqualTo("2016-02-08/2016-02-15");
        }
    }
}
