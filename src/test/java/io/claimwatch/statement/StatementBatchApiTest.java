package io.claimwatch.statement;

import static io.claimwatch.support.Fixtures.statement;
import static io.claimwatch.support.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * POST /statements/batch: NDJSON lines in, one result per line out. Valid lines are stored, bad
 * ones are reported with the field at fault, re-sending the file changes nothing, and
 * contradictions are found within the batch and against statements already stored.
 */
class StatementBatchApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> NDJSON = Map.of("Content-Type", "application/x-ndjson");

    private static String line(Map<String, Object> body) throws Exception {
        return JSON.writeValueAsString(body);
    }

    private static Map<String, Object> item(String topic, String text, String externalId) {
        return with(statement("pentagon", "2016-03-01", text, topic), "externalId", externalId);
    }

    private static List<JsonNode> results(Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String text : response.body().split("\n")) {
            lines.add(JSON.readTree(text));
        }
        return lines;
    }

    private static Response send(String path, String body) {
        return http.send("POST", path, body, NDJSON);
    }

    @Test
    void storesValidLinesAndNamesTheFieldOfEachBadOne() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "batch-mixed");
        String body = String.join("\n",
                line(item("batch-mixed", "The talks have begun.", "mixed-1")),
                line(Map.of("text", "No date here.", "sourceId", "pentagon", "externalId", "mixed-2")),
                "",
                "{not json",
                line(with(item("batch-mixed", "The strike has ended.", "mixed-4"), "sourceId", "nobody")),
                line(with(item("batch-mixed", "The strike has ended.", "mixed-5"), "colour", "red")),
                "[1, 2]",
                line(item("batch-mixed", "x".repeat(300_000), "mixed-7")),
                line(item("batch-mixed", "The inquiry has been suspended.", "mixed-8"))) + "\n";
        List<JsonNode> results = results(send("/api/v1/statements/batch", body));

        assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 4, 5, 6, 7, 8, 9);
        assertThat(results).extracting(r -> r.get("status").asText())
                .containsExactly("created", "invalid", "invalid", "invalid", "invalid", "invalid", "invalid", "created");
        assertThat(field(results.get(1))).isEqualTo("statedOn");
        assertThat(results.get(1).at("/problem/status").asInt()).isEqualTo(400);
        assertThat(results.get(2).at("/problem/errors/0/field").asText()).isEqualTo("body");
        assertThat(field(results.get(3))).isEqualTo("sourceId");
        assertThat(results.get(3).at("/problem/status").asInt()).isEqualTo(422);
        assertThat(field(results.get(4))).isEqualTo("colour");
        assertThat(results.get(5).at("/problem/errors/0/field").asText()).isEqualTo("body");
        assertThat(field(results.get(6))).isEqualTo("line");
        assertThat(results.get(6).at("/problem/status").asInt()).isEqualTo(413);

        long id = results.get(0).get("id").asLong();
        JsonNode stored = http.get("/api/v1/statements/" + id).json();
        assertThat(stored.get("externalId").asText()).isEqualTo("mixed-1");
        assertThat(stored.get("claims")).isNotEmpty();
        assertThat(http.get("/api/v1/statements?topicId=batch-mixed").json().get("items")).hasSize(2);
    }

    @Test
    void reSendingTheSameFileChangesNothing() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "batch-again");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 210; i++) { // more than one chunk
            body.append(line(item("batch-again", i % 2 == 0 ? "The talks have begun." : "The talks have not begun.", "again-" + i)))
                    .append('\n');
        }
        List<JsonNode> first = results(send("/api/v1/statements/batch", body.toString()));
        assertThat(first).hasSize(210).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("created"));
        int contradictions = http.get("/api/v1/contradictions?topicId=batch-again&limit=500").json().get("items").size();
        assertThat(contradictions).isPositive();

        List<JsonNode> second = results(send("/api/v1/statements/batch", body.toString()));
        assertThat(second).hasSize(210).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("exists"));
        for (int i = 0; i < 210; i++) {
            assertThat(second.get(i).get("id").asLong()).isEqualTo(first.get(i).get("id").asLong());
        }
        assertThat(http.get("/api/v1/statements?topicId=batch-again&limit=500").json().get("items")).hasSize(210);
        assertThat(http.get("/api/v1/contradictions?topicId=batch-again&limit=500").json().get("items")).hasSize(contradictions);

        // the same externalId with other content is refused, naming the field, as POST /statements refuses it
        String changed = line(with(item("batch-again", "The talks have begun.", "again-0"), "statedOn", "2016-03-02"));
        JsonNode conflict = results(send("/api/v1/statements/batch", changed)).get(0);
        assertThat(conflict.get("status").asText()).isEqualTo("invalid");
        assertThat(conflict.at("/problem/status").asInt()).isEqualTo(409);
        assertThat(field(conflict)).isEqualTo("statedOn");
    }

    @Test
    void findsContradictionsWithinTheBatchAndAgainstTheStore() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "batch-within");
        Fixtures.catalog(http, "pentagon", null, "batch-store");
        long stored = http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The ceasefire has begun.", "batch-store"))
                .json().get("id").asLong();
        String body = line(item("batch-within", "The negotiations have begun.", "within-a")) + "\n"
                + line(item("batch-within", "The negotiations have not begun.", "within-b")) + "\n"
                + line(item("batch-store", "The ceasefire has not begun.", "store-b")) + "\n";
        List<JsonNode> results = results(send("/api/v1/statements/batch", body));
        assertThat(results).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("created"));

        JsonNode within = http.get("/api/v1/contradictions?topicId=batch-within").json().get("items");
        assertThat(within).hasSize(1);
        assertThat(List.of(within.get(0).at("/statements/0/id").asLong(), within.get(0).at("/statements/1/id").asLong()))
                .containsExactlyInAnyOrder(results.get(0).get("id").asLong(), results.get(1).get("id").asLong());
        JsonNode against = http.get("/api/v1/contradictions?topicId=batch-store").json().get("items");
        assertThat(against).hasSize(1);
        assertThat(List.of(against.get(0).at("/statements/0/id").asLong(), against.get(0).at("/statements/1/id").asLong()))
                .containsExactlyInAnyOrder(stored, results.get(2).get("id").asLong());
    }

    @Test
    void withoutWaitingTheWorkerDetectsLater() throws Exception {
        Fixtures.catalog(http, "pentagon", null, "batch-later");
        String body = line(item("batch-later", "The inquiry has begun.", "later-a")) + "\n"
                + line(item("batch-later", "The inquiry has not begun.", "later-b"));
        assertThat(results(send("/api/v1/statements/batch?wait=false", body))).hasSize(2);
        awaitContradictions("batch-later", 1);

        Fixtures.catalog(http, "pentagon", null, "single-later");
        http.post("/api/v1/statements", statement("pentagon", "2016-03-01", "The strike has begun.", "single-later"));
        Response queued = http.post("/api/v1/statements?wait=false", statement("pentagon", "2016-03-01", "The strike has not begun.", "single-later"));
        assertThat(queued.status()).isEqualTo(201);
        awaitContradictions("single-later", 1);
    }

    /** Queued statements are detected a batch per run; what a run finds must not depend on that. */
    @Test
    void statementsDetectedTogetherGetThePairsTheyGetOneAtATime() throws Exception {
        List<String> texts = List.of("The talks have begun.", "The talks have not begun.", "The talks have begun.",
                "The troops have withdrawn.", "The troops have not withdrawn.");
        Fixtures.catalog(http, "pentagon", null, "together");
        Fixtures.catalog(http, "pentagon", null, "one-by-one");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            body.append(line(item("together", texts.get(i), "together-" + i))).append('\n');
        }
        List<Long> together = results(send("/api/v1/statements/batch?wait=false", body.toString())).stream()
                .map(r -> r.get("id").asLong()).toList();
        List<Long> oneByOne = new ArrayList<>();
        for (String text : texts) {
            oneByOne.add(http.post("/api/v1/statements", statement("pentagon", "2016-03-01", text, "one-by-one")).json().get("id").asLong());
        }
        List<String> expected = pairs("one-by-one", oneByOne);
        assertThat(expected).containsExactlyInAnyOrder("0-1 negation", "1-2 negation", "3-4 negation");
        awaitContradictions("together", expected.size());
        assertThat(pairs("together", together)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A topic's pairs as "i-j kind", i and j the positions of their statements in {@code ids}. */
    private static List<String> pairs(String topic, List<Long> ids) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode c : http.get("/api/v1/contradictions?topicId=" + topic).json().get("items")) {
            int a = ids.indexOf(c.at("/statements/0/id").asLong());
            int b = ids.indexOf(c.at("/statements/1/id").asLong());
            pairs.add(Math.min(a, b) + "-" + Math.max(a, b) + " " + c.get("kind").asText());
        }
        return pairs;
    }

    @Test
    void refusesOtherMediaTypesAndUnknownParameters() {
        Response json = http.post("/api/v1/statements/batch", Map.of("text", "x"));
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.header("Content-Type")).startsWith("application/problem+json");
        assertThat(send("/api/v1/statements/batch?wait=maybe", "").status()).isEqualTo(400);
        assertThat(send("/api/v1/statements/batch?fast=true", "").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/statements?wait=maybe", Map.of()).status()).isEqualTo(400);
    }

    private static void awaitContradictions(String topic, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (http.get("/api/v1/contradictions?topicId=" + topic).json().get("items").size() < expected
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(http.get("/api/v1/contradictions?topicId=" + topic).json().get("items")).hasSize(expected);
    }

    private static String field(JsonNode result) {
        return result.at("/problem/errors/0/field").asText();
    }
}
