package io.claimwatch.stats;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.contradiction.ContradictionFilter;
import io.claimwatch.statement.StatementFilter;
import org.jooq.DSLContext;

/** Dashboard counts, all read in one transaction so they agree with each other. */
public final class StatsService {

    private final DSLContext dsl;

    public StatsService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Stats stats(String topicId, DateSpan from, DateSpan to) {
        return dsl.transactionResult(tx -> new StatsRepository(tx.dsl()).stats(
                new StatementFilter(topicId, null, null, null, from, to, null),
                new ContradictionFilter(topicId, null, null, null, null, null, null, null, from, to)));
    }
}
