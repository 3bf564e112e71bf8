package io.claimwatch.metrics;

import static io.claimwatch.db.Tables.CONTRADICTION;
import static io.claimwatch.db.Tables.STATEMENT;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The counts behind the application metrics. */
final class MetricsRepository {

    private final DSLContext dsl;

    MetricsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long statements() {
        return dsl.fetchCount(STATEMENT);
    }

    /** Contradictions by "kind/status", from the (kind, status) index. */
    Map<String, Long> contradictions() {
        Map<String, Long> counts = new HashMap<>();
        dsl.select(CONTRADICTION.KIND, CONTRADICTION.STATUS, DSL.count()).from(CONTRADICTION)
                .groupBy(CONTRADICTION.KIND, CONTRADICTION.STATUS)
                .forEach(r -> counts.put(r.value1() + "/" + r.value2(), r.value3().longValue()));
        return counts;
    }
}
