package io.claimwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http.Response;
import org.junit.jupiter.api.Test;

class OpsApiTest extends ApiTest {

    @Test
    void healthSaysTheDatabaseAnswers() {
        Response health = http.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("up");
    }

    @Test
    void metricsArePrometheusTextWithRouteTimings() {
        http.get("/api/v1/sources");
        Response metrics = http.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/sources\",status=\"200\"}")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections");
    }

    @Test
    void specIsServedAsWritten() throws Exception {
        Response spec = http.get("/openapi.yaml");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("api-spec/openapi.yaml")));
    }

    @Test
    void docsPageLoadsSwaggerUiFromTheWebjar() {
        Response docs = http.get("/docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/openapi.yaml");
        String script = docs.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
        assertThat(http.get(script).status()).isEqualTo(200);
    }
}
