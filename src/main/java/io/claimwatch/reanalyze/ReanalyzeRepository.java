package io.claimwatch.reanalyze;

import static io.claimwatch.db.Tables.STATEMENT;
import static io.claimwatch.db.Tables.STATEMENT_CLAIMS;
import static io.claimwatch.db.Tables.STATEMENT_TOPIC;
import static io.claimwatch.db.Tables.TOPIC;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** All SQL of re-analysis: the statements to read again, a page at a time in id order. */
final class ReanalyzeRepository {

    private final DSLContext dsl;

    ReanalyzeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Up to {@code limit} ids above {@code afterId}, of the topic (null: all). */
    List<Long> page(String topicId, long afterId, int limit) {
        return dsl.select(STATEMENT.ID).from(STATEMENT)
                .where(inTopic(topicId)).and(STATEMENT.ID.gt(afterId))
                .orderBy(STATEMENT.ID).limit(limit)
                .fetch(STATEMENT.ID);
    }

    /** How many statements a run goes through: once per run, for its progress. */
    long count(String topicId) {
        return dsl.fetchCount(STATEMENT, inTopic(topicId));
    }

    /** True when the statement's claims and comparisons come from the current analyzer and detector. */
    boolean upToDate(long statementId, String analyzerVersion, String detectorVersion) {
        return dsl.fetchExists(STATEMENT_CLAIMS, STATEMENT_CLAIMS.STATEMENT_ID.eq(statementId)
                .and(STATEMENT_CLAIMS.ANALYZER_VERSION.eq(analyzerVersion))
                .and(STATEMENT_CLAIMS.DETECTOR_VERSION.eq(detectorVersion)));
    }

    boolean topicExists(String topicId) {
        return dsl.fetchExists(TOPIC, TOPIC.ID.eq(topicId));
    }

    private static Condition inTopic(String topicId) {
        return topicId == null ? DSL.noCondition() : STATEMENT.ID.in(DSL.select(STATEMENT_TOPIC.STATEMENT_ID)
                .from(STATEMENT_TOPIC).where(STATEMENT_TOPIC.TOPIC_ID.eq(topicId)));
    }
}
