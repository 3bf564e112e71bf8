package io.claimwatch.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http;
import io.claimwatch.support.Http.Response;
import io.claimwatch.support.Keys;
import io.claimwatch.support.Thaad;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys made with the CLI lock the API: the reviewer is the key's name, revoked keys stop working. */
class ApiKeyTest extends ApiTest {

    private static final Map<String, String> tokens = new HashMap<>();

    private static String token(String name, String role) {
        return tokens.computeIfAbsent(databaseUrl() + name, k -> Keys.create(databaseUrl(), name, role));
    }

    @Test
    void withoutKeysALoopbackServerIsOpenAndAnyOtherAddressRefusesToStart() {
        // runs first in the class order below only by luck, so it checks the refusal on a database of its own
        try (var fresh = db.fresh()) {
            assertThatThrownBy(() -> App.start(new Config("0.0.0.0", 0, fresh.url(), null, null, false, List.of())).close())
                    .hasMessageContaining("refusing to listen on 0.0.0.0 with no API keys");
        }
    }

    @Test
    void theKeyCommandPrintsTheTokenOnceAndStoresOnlyItsHash() {
        String token = token("lister", "reader");
        assertThat(token).startsWith("cw_").hasSizeGreaterThan(40);
        Keys.Run list = Keys.run("keys", "list", "--db", databaseUrl());
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("lister\treader").doesNotContain(token).doesNotContain(ApiKeys.hash(token));
        assertThat(Keys.run("keys", "create", "--name", "lister", "--role", "admin", "--db", databaseUrl()).exit())
                .as("names are unique").isEqualTo(1);
        assertThat(Keys.run("keys", "create", "--name", "x", "--role", "owner", "--db", databaseUrl()).exit())
                .as("unknown role").isEqualTo(2);
        assertThat(Keys.run("keys", "revoke", "--name", "nobody", "--db", databaseUrl()).exit()).isEqualTo(1);
    }

    @Test
    void anonymousAndUnknownKeysGet401AndWeakKeys403() {
        token("someone", "reader");
        Response anonymous = http.get("/api/v1/statements");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"claimwatch\"");
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        Response forged = http.get("/api/v1/statements", Keys.bearer("cw_forged"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(http.get("/api/v1/statements", Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")).status()).isEqualTo(401);
        Response weak = http.send("POST", "/api/v1/topics", Map.of("id", "t", "title", "T"), Keys.bearer(token("someone", "reader")));
        assertThat(weak.status()).isEqualTo(403);
        assertThat(weak.json().get("detail").asText()).contains("editor");
        assertThat(http.get("/api/v1/events", Map.of("Last-Event-ID", "x")).status())
                .as("authentication comes before any route's own checks").isEqualTo(401);
        assertThat(http.send("PUT", "/api/v1/statements", "{}", Map.of()).status()).as("a missing route is no secret").isEqualTo(405);
        assertThat(http.get("/health").status()).as("health stays public").isEqualTo(200);
        assertThat(http.get("/metrics").status()).as("metrics need a key").isEqualTo(401);
        assertThat(http.get("/metrics", Keys.bearer(token("someone", "reader"))).status()).isEqualTo(200);
    }

    @Test
    void theReviewerOfADecisionIsTheKeysName() {
        Http editor = authorized(token("ed", "editor"));
        Thaad.seed(editor, "review-by-key");
        long id = editor.get("/api/v1/contradictions?topicId=review-by-key&relation=conflict").json()
                .at("/items/0/id").asLong();
        String path = "/api/v1/contradictions/" + id;
        String ana = token("ana", "reviewer");

        Response impostor = http.send("PATCH", path, Map.of("status", "confirmed", "reviewer", "ben"),
                Map.of("Authorization", "Bearer " + ana, "If-Match", "\"1\""));
        assertThat(impostor.status()).isEqualTo(400);
        assertThat(impostor.json().at("/errors/0/field").asText()).isEqualTo("reviewer");

        Response reviewed = http.send("PATCH", path, Map.of("status", "confirmed", "note", "on record"),
                Map.of("Authorization", "Bearer " + ana, "If-Match", "\"1\""));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().at("/history/0/reviewer").asText()).isEqualTo("ana");
        assertThat(reviewed.json().get("reviewer").asText()).isEqualTo("ana");
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnceAndTheServerStaysLocked() {
        String token = token("leaver", "editor");
        assertThat(http.get("/api/v1/topics", Keys.bearer(token)).status()).isEqualTo(200);
        assertThat(Keys.run("keys", "revoke", "--name", "leaver", "--db", databaseUrl()).exit()).isZero();
        assertThat(http.get("/api/v1/topics", Keys.bearer(token)).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/topics").status()).isEqualTo(401);
        assertThat(Keys.run("keys", "list", "--db", databaseUrl()).out()).contains("leaver\teditor").contains("revoked");
    }

    @Test
    void publicReadOpensApiReadsOnlyAndTheMetricsPortNeedsNoKey() throws Exception {
        token("someone", "reader");
        try (App open = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()).withAccess(true, 0))) {
            Http anonymous = new Http("http://127.0.0.1:" + open.port());
            assertThat(anonymous.get("/api/v1/sources").status()).isEqualTo(200);
            assertThat(anonymous.post("/api/v1/sources", Map.of("id", "x", "name", "X", "kind", "other")).status()).isEqualTo(401);
            assertThat(anonymous.get("/metrics").status()).isEqualTo(401);
            Response scraped = new Http("http://127.0.0.1:" + open.metricsPort()).get("/metrics");
            assertThat(scraped.status()).isEqualTo(200);
            assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        }
    }

    private static Http authorized(String token) {
        return http.with(Keys.bearer(token));
    }
}
