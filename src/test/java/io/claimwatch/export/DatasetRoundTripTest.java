package io.claimwatch.export;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.TestDatabase;
import io.claimwatch.support.Thaad;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/** Export, import into an empty database, export again: the same records. */
class DatasetRoundTripTest extends ApiTest {

    @BeforeParameterizedClassInvocation(injectArguments = false)
    static void seed() {
        Thaad.seed(http, "thaad");
        long first = http.get("/api/v1/contradictions?relation=conflict").json().at("/items/0/id").asLong();
        http.patch("/api/v1/contradictions/" + first, Map.of("status", "confirmed", "note", "both on record", "reviewer", "ana"),
                Map.of("If-Match", "\"1\""));
    }

    private static JsonNode withoutExportTime(JsonNode dataset) {
        ObjectNode copy = dataset.deepCopy();
        copy.remove("exportedAt");
        return copy;
    }

    /** Runs {@code test} against a second app on a new, empty database. */
    private void withEmptyApp(java.util.function.Consumer<Http> test) {
        try (TestDatabase.Fresh fresh = db.fresh();
             App other = App.start(new Config("127.0.0.1", 0, fresh.url(), null, null, false, List.of()))) {
            test.accept(new Http("http://127.0.0.1:" + other.port()));
        }
    }

    @Test
    void exportImportExportGivesTheSameRecords() {
        JsonNode exported = http.get("/api/v1/export/dataset").json();
        assertThat(exported.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(exported.get("statements")).hasSize(6);
        assertThat(exported.at("/contradictions/0/history/0/reviewer").asText()).isEqualTo("ana");

        withEmptyApp(other -> {
            Response imported = other.post("/api/v1/import", exported.toString());
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().at("/records/statements/created").asInt()).isEqualTo(6);
            assertThat(imported.json().at("/records/contradictions/created").asInt()).isEqualTo(exported.get("contradictions").size());

            assertThat(withoutExportTime(other.get("/api/v1/export/dataset").json())).isEqualTo(withoutExportTime(exported));

            Response again = other.post("/api/v1/import", exported.toString());
            assertThat(again.json().at("/records/statements/unchanged").asInt()).isEqualTo(6);
            assertThat(again.json().at("/records/sources/created").asInt()).isZero();

            // new rows are numbered past the imported ones, and detection sees the imported statements
            Response fresh = other.post("/api/v1/statements", statement("pentagon", "2016-02-16", "The talks have not begun.", "thaad"));
            assertThat(fresh.status()).as(fresh.body()).isEqualTo(201);
            assertThat(other.get("/api/v1/contradictions?statementId=" + fresh.json().get("id").asLong()).json().get("items")).isNotEmpty();
        });
    }

    @Test
    void dryRunReportsAndStoresNothing() {
        JsonNode exported = http.get("/api/v1/export/dataset").json();
        withEmptyApp(other -> {
            Response dry = other.post("/api/v1/import?dryRun=true", exported.toString());
            assertThat(dry.status()).isEqualTo(200);
            assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
            assertThat(dry.json().at("/records/statements/created").asInt()).isEqualTo(6);
            assertThat(other.get("/api/v1/statements").json().get("items")).isEmpty();
            assertThat(other.get("/api/v1/sources").json().get("items")).isEmpty();
        });
    }

    @Test
    void aBadRecordFailsTheWholeImport() {
        ObjectNode exported = (ObjectNode) http.get("/api/v1/export/dataset").json();
        ObjectNode badDate = exported.deepCopy();
        ((ObjectNode) badDate.get("statements").get(2)).put("statedOn", "2016-02-30");
        ObjectNode unknownSource = exported.deepCopy();
        ((ObjectNode) unknownSource.get("statements").get(5)).put("sourceId", "nobody");
        ObjectNode danglingPair = exported.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) danglingPair.get("contradictions").get(0).get("statementIds")).set(1, 987654);
        withEmptyApp(other -> {
            Response invalid = other.post("/api/v1/import", badDate.toString());
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.json().at("/errors/0/field").asText()).isEqualTo("statements[2].statedOn");

            Response inconsistent = other.post("/api/v1/import", unknownSource.toString());
            assertThat(inconsistent.status()).isEqualTo(422);
            assertThat(other.post("/api/v1/import", danglingPair.toString()).status())
                    .as("a pair of a statement that exists nowhere").isEqualTo(422);
            assertThat(other.get("/api/v1/sources").json().get("items")).isEmpty();
            assertThat(other.get("/api/v1/statements").json().get("items")).isEmpty();

            assertThat(other.post("/api/v1/import", "{\"formatVersion\": 9}").status()).isEqualTo(400);
            assertThat(other.post("/api/v1/import", "{\"formatVersion\": 1, \"sources\": [null]}").json()
                    .at("/errors/0/field").asText()).isEqualTo("sources[0]");
            assertThat(other.post("/api/v1/import", "{\"formatVersion\": 1, \"statements\": {}}").status()).isEqualTo(400);
            assertThat(other.post("/api/v1/import", "null").status()).isEqualTo(400);
            assertThat(other.post("/api/v1/import?dryRun=maybe", exported.toString()).status()).isEqualTo(400);
        });
    }
}
