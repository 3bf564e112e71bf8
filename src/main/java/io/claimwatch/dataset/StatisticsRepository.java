package io.claimwatch.dataset;

import org.jooq.DSLContext;

/**
 * Keeps the planner's statistics current after a bulk load: without them PostgreSQL plans the
 * candidate look-up of the first POSTs after an import as a scan of the whole claim index.
 */
public final class StatisticsRepository {

    private final DSLContext dsl;

    public StatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** ANALYZE on every table: the same command on PostgreSQL and H2 (no jOOQ DSL for it). */
    public void analyze() {
        dsl.execute("analyze");
    }
}
