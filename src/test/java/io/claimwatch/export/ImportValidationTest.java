package io.claimwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.Thaad;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An import passes the API's own checks record by record, keeps versions honest, and writes nothing when refused. */
class ImportValidationTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ObjectNode exported;

    @BeforeEach
    void seedOnce() throws Exception {
        if (exported == null || !exported.path("db").asText().equals(db.name())) {
            Thaad.seed(http, "import-checks");
            exported = (ObjectNode) JSON.readTree(http.get("/api/v1/export/dataset").body());
            exported.put("db", db.name());
        }
    }

    private static Response importWith(Consumer<ObjectNode> forge) {
        ObjectNode doc = exported.deepCopy();
        doc.remove("db");
        forge.accept(doc);
        return http.post("/api/v1/import", doc.toString());
    }

    private static ObjectNode first(ObjectNode doc, String section) {
        return (ObjectNode) doc.get(section).get(0);
    }

    private static void assertRefused(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains(field).doesNotContainPattern("io\\.claimwatch|Exception|SQL|insert into");
    }

    private static JsonNode store() {
        ObjectNode now = (ObjectNode) http.get("/api/v1/export/dataset").json();
        now.remove("exportedAt");
        return now;
    }

    @Test
    void anImportRefusedMidStreamLeavesAUsableConnection() {
        for (int i = 0; i < 5; i++) {
            Response refused = importWith(doc -> doc.put("exportedAt", "not a date").put("padding", "x".repeat(2_000_000)));
            assertRefused(refused, 400, "exportedAt");
            assertThat(http.get("/health").status()).as("the client's next request gets an answer").isEqualTo(200);
        }
    }

    @Test
    void forgedRecordsAreRefusedAndNothingIsWritten() {
        JsonNode before = store();
        assertRefused(importWith(doc -> first(doc, "contradictions").put("kind", "zzz")), 400, "contradictions[0].kind");
        assertRefused(importWith(doc -> first(doc, "contradictions").put("confidence", 7.5)), 400, "contradictions[0].confidence");
        assertRefused(importWith(doc -> ((ObjectNode) first(doc, "contradictions").withArray("history").addObject())
                .put("status", "bribed").put("at", "2016-01-01T00:00:00Z")), 400, "contradictions[0].history[0].status");
        assertRefused(importWith(doc -> first(doc, "statements").put("id", 9223372036854775806L)), 400, "statements[0].id");
        assertRefused(importWith(doc -> first(doc, "statements").put("version", 0)), 400, "statements[0].version");
        assertRefused(importWith(doc -> first(doc, "statements").put("createdAt", "2999-01-01T00:00:00Z")), 400,
                "statements[0].createdAt");
        assertRefused(importWith(doc -> first(doc, "statements").put("text", 123)), 400, "text");
        assertRefused(importWith(doc -> first(doc, "sources").put("kind", "blog")), 400, "sources[0].kind");
        assertThat(store()).as("a refused import writes nothing").isEqualTo(before);
    }

    @Test
    void changedContentMustCarryANewerVersion() {
        JsonNode before = store();
        assertRefused(importWith(doc -> first(doc, "statements").put("text", "Quietly rewritten.")), 409, "statements/");
        assertRefused(importWith(doc -> ((ArrayNode) first(doc, "statements").get("topicIds")).removeAll()), 409, "version");
        assertRefused(importWith(doc -> first(doc, "sources").put("name", "Renamed")), 409, "updatedAt");
        assertThat(store()).isEqualTo(before);

        Response bumped = importWith(doc -> first(doc, "statements").put("text", "Openly rewritten.").put("version", 2));
        assertThat(bumped.status()).as(bumped.body()).isEqualTo(200);
        long id = exported.get("statements").get(0).get("id").asLong();
        Response statement = http.get("/api/v1/statements/" + id);
        assertThat(statement.header("ETag")).isEqualTo("\"2\"");
        assertThat(statement.json().get("text").asText()).isEqualTo("Openly rewritten.");
    }
}
