package io.claimwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Thaad;
import org.junit.jupiter.api.Test;

/** /metrics speaks Prometheus: histograms with buckets and HELP, and what the store holds. */
class MetricsTest extends ApiTest {

    @Test
    void requestAndAnalysisTimesAreHistogramsAndTheStoreIsCounted() {
        Thaad.seed(http, "metrics");
        String scrape = http.get("/metrics").body();
        assertThat(scrape).contains("# HELP http_server_requests_seconds HTTP requests by method, route template and status",
                "# TYPE http_server_requests_seconds histogram",
                "http_server_requests_seconds_bucket{method=\"POST\",route=\"/api/v1/statements\",status=\"201\",le=\"0.1\"}",
                "# HELP claimwatch_analysis_seconds Time to read a text into claims",
                "claimwatch_analysis_seconds_bucket{le=\"1.0\"}",
                "# HELP claimwatch_statements Statements stored",
                "claimwatch_statements 6.0",
                "claimwatch_contradictions{kind=\"temporal\",status=\"confirmed\"} 0.0",
                "# HELP claimwatch_review_queue");
        double queue = Double.parseDouble(scrape.lines().filter(l -> l.startsWith("claimwatch_review_queue "))
                .findFirst().orElseThrow().split(" ")[1]);
        assertThat(queue).as("the seed's conflict and reversals wait for review").isGreaterThanOrEqualTo(1);
    }
}
