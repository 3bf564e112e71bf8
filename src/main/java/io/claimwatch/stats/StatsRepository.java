package io.claimwatch.stats;

import static io.claimwatch.contradiction.ContradictionRepository.SA;
import static io.claimwatch.contradiction.ContradictionRepository.SB;
import static io.claimwatch.db.Tables.CONTRADICTION;
import static io.claimwatch.db.Tables.EVENT_LOG;
import static io.claimwatch.db.Tables.STATEMENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import io.claimwatch.contradiction.ContradictionFilter;
import io.claimwatch.contradiction.ContradictionRepository;
import io.claimwatch.contradiction.Scope;
import io.claimwatch.statement.StatementFilter;
import io.claimwatch.statement.StatementRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectJoinStep;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** All SQL behind the dashboard counts; every count is an aggregate in the database. */
public final class StatsRepository {

    private static final int TOP_PAIRS = 10;
    private final DSLContext dsl;

    public StatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What changes when anything counted changes (but an edit or delete that found and withdrew nothing). */
    public record Fingerprint(Long newestEvent, Long newestStatement) {
    }

    /** Two index look-ups: the newest event and the newest statement. */
    public Fingerprint fingerprint() {
        var r = dsl.select(DSL.field(dsl.select(DSL.max(EVENT_LOG.ID)).from(EVENT_LOG)),
                DSL.field(dsl.select(DSL.max(STATEMENT.ID)).from(STATEMENT))).fetchSingle();
        return new Fingerprint(r.value1(), r.value2());
    }

    public Stats stats(StatementFilter statements, ContradictionFilter contradictions) {
        List<Condition> where = ContradictionRepository.otherConditions(contradictions);
        org.jooq.Table<?> pairs = ContradictionRepository.pairsOf(contradictions.topicId());
        Map<String, Long> statementsBySource = new TreeMap<>();
        dsl.select(STATEMENT.SOURCE_ID, count()).from(StatementRepository.statementsOf(statements.topicId()))
                .where(StatementRepository.conditions(statements))
                .groupBy(STATEMENT.SOURCE_ID)
                .forEach(r -> statementsBySource.put(r.value1(), r.value2().longValue()));
        return new Stats(
                statementsBySource.values().stream().mapToLong(Long::longValue).sum(),
                pairs(dsl.select(count()), pairs).where(where).fetchOne(0, Long.class),
                countBy(CONTRADICTION.KIND, pairs, where), countBy(CONTRADICTION.RELATION, pairs, where),
                countBy(CONTRADICTION.SCOPE, pairs, where), countBy(CONTRADICTION.STATUS, pairs, where),
                topPairs(pairs, where), perSource(pairs, where, statementsBySource));
    }

    private static <R extends Record> SelectJoinStep<R> pairs(org.jooq.SelectSelectStep<R> select, org.jooq.Table<?> pairs) {
        return (SelectJoinStep<R>) select.from(pairs)
                .join(SA).on(SA.ID.eq(CONTRADICTION.STATEMENT_A_ID))
                .join(SB).on(SB.ID.eq(CONTRADICTION.STATEMENT_B_ID));
    }

    private Map<String, Long> countBy(Field<String> dimension, org.jooq.Table<?> pairs, List<Condition> where) {
        Map<String, Long> counts = new TreeMap<>();
        pairs(dsl.select(dimension, count()), pairs).where(where).groupBy(dimension)
                .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    private List<Stats.SourcePair> topPairs(org.jooq.Table<?> pairs, List<Condition> where) {
        Field<String> first = least(SA.SOURCE_ID, SB.SOURCE_ID).as("first_source");
        Field<String> second = greatest(SA.SOURCE_ID, SB.SOURCE_ID).as("second_source");
        Field<Integer> n = count().as("n");
        return pairs(dsl.select(first, second, n), pairs).where(where).and(CONTRADICTION.SCOPE.eq(Scope.CROSS_SOURCE))
                .groupBy(least(SA.SOURCE_ID, SB.SOURCE_ID), greatest(SA.SOURCE_ID, SB.SOURCE_ID))
                .orderBy(n.desc(), first, second).limit(TOP_PAIRS)
                .fetch(r -> new Stats.SourcePair(List.of(r.value1(), r.value2()), r.value3()));
    }

    /** Each contradiction counts once for each distinct source among its two statements. */
    private List<Stats.SourceStats> perSource(org.jooq.Table<?> pairs, List<Condition> where,
                                              Map<String, Long> statementsBySource) {
        Field<String> source = field(name("sides", "source_id"), String.class);
        Field<String> scope = field(name("sides", "scope"), String.class);
        Field<String> status = field(name("sides", "status"), String.class);
        var sides = pairs(dsl.select(SA.SOURCE_ID.as("source_id"), CONTRADICTION.SCOPE.as("scope"), CONTRADICTION.STATUS.as("status")), pairs)
                .where(where)
                .unionAll(pairs(dsl.select(SB.SOURCE_ID.as("source_id"), CONTRADICTION.SCOPE.as("scope"), CONTRADICTION.STATUS.as("status")), pairs)
                        .where(where).and(SB.SOURCE_ID.ne(SA.SOURCE_ID)))
                .asTable("sides");
        Map<String, Stats.SourceStats> bySource = new LinkedHashMap<>();
        statementsBySource.forEach((id, n) -> bySource.put(id, new Stats.SourceStats(id, n, 0, 0, 0)));
        dsl.select(source, count(), sum(when(scope.ne(Scope.CROSS_SOURCE), 1).otherwise(0)),
                        sum(when(status.eq("confirmed"), 1).otherwise(0)))
                .from(sides).groupBy(source)
                .forEach(r -> bySource.put(r.value1(), new Stats.SourceStats(r.value1(),
                        statementsBySource.getOrDefault(r.value1(), 0L), r.value2(), r.value3().longValue(),
                        r.value4().longValue())));
        return List.copyOf(bySource.values());
    }
}
