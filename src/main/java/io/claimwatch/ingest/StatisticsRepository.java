package io.claimwatch.ingest;

import org.jooq.DSLContext;

/** Planner statistics: refreshed after a bulk load, so the candidate lookups stay on their indexes. */
public final class StatisticsRepository {

    private final DSLContext dsl;

    public StatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** ANALYZE on both databases (H2 updates its selectivity figures, PostgreSQL its statistics); jOOQ has no DSL for it. */
    public void refresh() {
        dsl.execute("analyze");
    }
}
