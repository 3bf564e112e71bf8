package io.claimwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.Thaad;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

class ExportApiTest extends ApiTest {

    @BeforeParameterizedClassInvocation(injectArguments = false)
    static void seed() {
        Thaad.seed(http, "thaad");
    }

    @Test
    void statementsAsNdjsonOneObjectPerLine() {
        Response ndjson = http.get("/api/v1/export/statements?format=ndjson&sourceId=pentagon");
        assertThat(ndjson.status()).isEqualTo(200);
        assertThat(ndjson.header("Content-Type")).startsWith("application/x-ndjson");
        String[] lines = ndjson.body().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"id\":").contains("\"sourceId\":\"pentagon\"");
    }

    @Test
    void statementsAsCsvWithAHeader() {
        Response csv = http.get("/api/v1/export/statements?format=csv&topicId=thaad");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("statements.csv");
        String[] lines = csv.body().strip().split("\n");
        assertThat(lines[0]).startsWith("id,sourceId,speakerId,reportedById,statedOn,statedOnEarliest");
        assertThat(lines).hasSize(7);
        assertThat(csv.body()).contains("2016-02-08/2016-02-15,2016-02-08,2016-02-15");
    }

    @Test
    void formatFollowsTheAcceptHeaderAndDefaultsToJson() {
        Response json = http.get("/api/v1/export/statements");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.json().isArray()).isTrue();
        assertThat(json.json()).hasSize(6);
        Response csv = http.get("/api/v1/export/contradictions", Map.of("Accept", "text/csv"));
        assertThat(csv.body()).startsWith("id,kind,relation,scope,confidence,status,explanation");
        Response ndjson = http.get("/api/v1/export/contradictions?relation=conflict", Map.of("Accept", "application/x-ndjson"));
        assertThat(ndjson.body().strip().split("\n")).allSatisfy(line -> assertThat(line).contains("\"relation\":\"conflict\""));
    }

    @Test
    void badExportParametersAre400() {
        assertThat(http.get("/api/v1/export/statements?format=xml").json().at("/errors/0/field").asText()).isEqualTo("format");
        assertThat(http.get("/api/v1/export/statements?limit=5").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/export/contradictions?kind=nope").status()).isEqualTo(400);
    }
}
