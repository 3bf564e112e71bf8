package io.claimwatch.web;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Polling dashboards get 304s when nothing changed. */
class ConditionalGetTest extends ApiTest {

    @Test
    void listsAnswer304WhileUnchanged() {
        Fixtures.catalog(http, "pentagon", null, null);
        Response first = http.get("/api/v1/sources");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(http.get("/api/v1/sources", Map.of("If-None-Match", etag)).status()).isEqualTo(304);

        Fixtures.catalog(http, "yonhap", null, null);
        Response changed = http.get("/api/v1/sources", Map.of("If-None-Match", etag));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aStatementKeepsItsVersionEtagAndAnswers304() {
        Fixtures.catalog(http, "pentagon", null, null);
        long id = http.post("/api/v1/statements", statement("pentagon", "2016", "Said once.")).json().get("id").asLong();
        Response got = http.get("/api/v1/statements/" + id);
        assertThat(got.header("ETag")).isEqualTo("\"1\"");
        assertThat(http.get("/api/v1/statements/" + id, Map.of("If-None-Match", "\"1\"")).status()).isEqualTo(304);
    }
}
