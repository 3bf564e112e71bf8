package io.claimwatch.scale;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.Limits;
import io.claimwatch.contradiction.CandidatePicker;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import io.claimwatch.support.Metrics;
import io.claimwatch.support.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** With a candidate cap of 2 per key, a busy key gives only the statements said nearest in time, and /metrics says so. */
@ParameterizedClass(name = "[{0}]")
@MethodSource("io.claimwatch.support.TestDatabase#configured")
class CandidateCapTest {

    private static App app;
    private static Http http;
    private static TestDatabase.Fresh database;

    @Parameter
    TestDatabase db;

    @BeforeParameterizedClassInvocation
    static void startApp(TestDatabase which) {
        database = which.fresh();
        app = App.start(new Config("127.0.0.1", 0, database.url(), null, null, false, List.of()),
                Limits.defaults().withCandidates(new CandidatePicker(2, 3)));
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @AfterParameterizedClassInvocation
    static void stopApp() {
        app.close();
        database.close();
    }

    @Test
    void aBusyKeyGivesTheNearestInTimeAndTheCapIsCounted() {
        Fixtures.catalog(http, "wire", null, "port");
        double cappedBefore = Metrics.value(http, "claimwatch_detection_candidates_capped_total");
        List<Long> begun = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            begun.add(http.post("/api/v1/statements", statement("wire", "2016-03-0" + day, "The talks have begun.", "port"))
                    .json().get("id").asLong());
        }
        long denial = http.post("/api/v1/statements", statement("wire", "2016-03-06", "The talks have not begun.", "port"))
                .json().get("id").asLong();

        Set<Long> paired = new HashSet<>();
        for (JsonNode c : http.get("/api/v1/contradictions?limit=100&statementId=" + denial).json().get("items")) {
            c.get("statements").forEach(s -> paired.add(s.get("id").asLong()));
        }
        paired.remove(denial);
        // nearest first: the day itself and the day before; never the first of March
        assertThat(paired).contains(begun.get(5), begun.get(4)).doesNotContain(begun.get(0)).hasSizeLessThanOrEqualTo(3);
        assertThat(Metrics.value(http, "claimwatch_detection_candidates_capped_total")).isGreaterThan(cappedBefore);
    }
}
