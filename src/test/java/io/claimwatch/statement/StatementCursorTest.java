package io.claimwatch.statement;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCursorTest extends ApiTest {

    @Test
    void cursorsWalkEveryMatchOnceWhileNewStatementsArrive() {
        Fixtures.catalog(http, "yonhap", null, "walk");
        for (int i = 0; i < 3; i++) {
            http.post("/api/v1/statements", statement("yonhap", "2016-03-01", "Report " + i, "walk"));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int added = 0;
        do {
            JsonNode page = http.get("/api/v1/statements?topicId=walk&limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            if (added < 2) {
                http.post("/api/v1/statements", statement("yonhap", "2016-03-0" + (added + 1), "Later report " + added, "walk"));
                added++;
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().hasSize(5).isSorted();
    }

    @Test
    void aCursorFromElsewhereIsRejected() {
        var response = http.get("/api/v1/statements?cursor=not-a-cursor");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("cursor");
    }
}
