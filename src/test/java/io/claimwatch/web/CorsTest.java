package io.claimwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.Http;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dashboards served from another origin may call the API only when that origin is configured. */
class CorsTest {

    @Test
    void configuredOriginsGetCorsHeadersOthersDoNot() {
        try (TestDatabase.Fresh fresh = TestDatabase.H2.fresh();
             App app = App.start(new Config("127.0.0.1", 0, fresh.url(), null, null, false, List.of("https://dash.example.org")))) {
            Http http = new Http("http://127.0.0.1:" + app.port());
            Response allowed = http.get("/api/v1/sources", Map.of("Origin", "https://dash.example.org"));
            assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://dash.example.org");
            assertThat(allowed.header("Access-Control-Expose-Headers")).contains("ETag");
            Response other = http.get("/api/v1/sources", Map.of("Origin", "https://evil.example.com"));
            assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void withoutConfigurationNoOriginIsAllowed() {
        try (TestDatabase.Fresh fresh = TestDatabase.H2.fresh();
             App app = App.start(new Config("127.0.0.1", 0, fresh.url(), null, null, false, List.of()))) {
            Response response = new Http("http://127.0.0.1:" + app.port()).get("/api/v1/sources", Map.of("Origin", "https://dash.example.org"));
            assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        }
    }
}
