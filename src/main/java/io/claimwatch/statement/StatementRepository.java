package io.claimwatch.statement;

import static io.claimwatch.db.Tables.STATEMENT;
import static io.claimwatch.db.Tables.STATEMENT_TOPIC;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.db.tables.records.StatementRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** All SQL about statements and their topics. */
public final class StatementRepository {

    private final DSLContext dsl;

    public StatementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(StatementInput in, OffsetDateTime now) {
        StatementRecord record = newRow(in, now);
        record.store();
        replaceTopics(record.getId(), in.topicIds());
        return record.getId();
    }

    /**
     * Inserts new statements with one multi-row INSERT (and one for their topics); returns their ids
     * in the order of {@code inputs}. Identity values are drawn row by row in VALUES order, so the
     * returned ids, sorted, line up with the inputs.
     */
    public List<Long> insertAll(List<StatementInput> inputs, OffsetDateTime now) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        var insert = dsl.insertInto(STATEMENT).set(newRow(inputs.get(0), now));
        for (StatementInput in : inputs.subList(1, inputs.size())) {
            insert = insert.newRecord().set(newRow(in, now));
        }
        List<Long> ids = new ArrayList<>(insert.returningResult(STATEMENT.ID).fetch(STATEMENT.ID));
        ids.sort(null);
        var topics = dsl.insertInto(STATEMENT_TOPIC, STATEMENT_TOPIC.STATEMENT_ID, STATEMENT_TOPIC.TOPIC_ID);
        boolean any = false;
        for (int i = 0; i < inputs.size(); i++) {
            for (String topicId : inputs.get(i).topicIds()) {
                topics = topics.values(ids.get(i), topicId);
                any = true;
            }
        }
        if (any) {
            topics.execute();
        }
        return ids;
    }

    private StatementRecord newRow(StatementInput in, OffsetDateTime now) {
        StatementRecord record = dsl.newRecord(STATEMENT);
        fill(record, in);
        record.setExternalId(in.externalId());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setVersion(1);
        return record;
    }

    /** The stored statements among {@code externalIds}, by externalId. */
    public Map<String, Statement> findByExternalIds(Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        List<Statement> found = withTopics(dsl.selectFrom(STATEMENT).where(STATEMENT.EXTERNAL_ID.in(externalIds)).fetch());
        Map<String, Statement> byExternalId = new java.util.HashMap<>();
        found.forEach(statement -> byExternalId.put(statement.externalId(), statement));
        return byExternalId;
    }

    /** Overwrites the statement with {@code in}, bumping its version. */
    public void update(long id, StatementInput in, OffsetDateTime now) {
        StatementRecord record = dsl.fetchSingle(STATEMENT, STATEMENT.ID.eq(id));
        fill(record, in);
        record.setExternalId(in.externalId());
        record.setUpdatedAt(now);
        record.setVersion(record.getVersion() + 1);
        record.store();
        replaceTopics(id, in.topicIds());
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(STATEMENT).where(STATEMENT.ID.eq(id)).execute() > 0;
    }

    public Optional<Statement> find(long id) {
        return one(STATEMENT.ID.eq(id), false);
    }

    public Optional<Statement> findForUpdate(long id) {
        return one(STATEMENT.ID.eq(id), true);
    }

    public Optional<Statement> findByExternalId(String externalId) {
        return one(STATEMENT.EXTERNAL_ID.eq(externalId), false);
    }

    /** Up to {@code limit} matching statements with ids above {@code afterId} and up to {@code upToId}, in id order. */
    public List<Statement> list(StatementFilter filter, long afterId, long upToId, int limit) {
        // with a topic, the keyset walks statement_topic_topic_idx (topic, statement id) in order
        Field<Long> key = filter.topicId() == null ? STATEMENT.ID : STATEMENT_TOPIC.STATEMENT_ID;
        List<StatementRecord> records = dsl.select(STATEMENT.fields()).from(statementsOf(filter.topicId()))
                .where(conditions(filter)).and(key.gt(afterId))
                .and(upToId == Long.MAX_VALUE ? DSL.noCondition() : key.le(upToId))
                .orderBy(key).limit(limit)
                .fetchInto(STATEMENT);
        return withTopics(records);
    }

    /** The first statement id above {@code afterId}: one step along the primary key. */
    public Optional<Long> firstIdAfter(long afterId) {
        return dsl.select(STATEMENT.ID).from(STATEMENT).where(STATEMENT.ID.gt(afterId)).orderBy(STATEMENT.ID).limit(1)
                .fetchOptional(STATEMENT.ID);
    }

    /** Up to {@code limit} statements of a topic in the order they were said (earliest possible day first). */
    public List<Statement> chronological(String topicId, int limit) {
        List<StatementRecord> records = dsl.select(STATEMENT.fields()).from(statementsOf(topicId))
                .orderBy(STATEMENT.STATED_FROM, STATEMENT.STATED_TO, STATEMENT.ID).limit(limit)
                .fetchInto(STATEMENT);
        return withTopics(records);
    }

    private Optional<Statement> one(Condition condition, boolean lock) {
        var query = dsl.selectFrom(STATEMENT).where(condition);
        StatementRecord record = lock ? query.forUpdate().fetchOne() : query.fetchOne();
        return record == null ? Optional.empty() : Optional.of(withTopics(List.of(record)).get(0));
    }

    private List<Statement> withTopics(List<StatementRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> ids = records.stream().map(StatementRecord::getId).toList();
        Map<Long, List<String>> topics = topicsOf(ids);
        Map<Long, List<Claim>> claims = new ClaimRepository(dsl).claimsOf(ids);
        return records.stream().map(r -> toStatement(r, topics.getOrDefault(r.getId(), List.of()),
                claims.getOrDefault(r.getId(), List.of()))).toList();
    }

    private Map<Long, List<String>> topicsOf(Collection<Long> ids) {
        return dsl.select(STATEMENT_TOPIC.STATEMENT_ID, STATEMENT_TOPIC.TOPIC_ID).from(STATEMENT_TOPIC)
                .where(STATEMENT_TOPIC.STATEMENT_ID.in(ids))
                .orderBy(STATEMENT_TOPIC.TOPIC_ID)
                .fetchGroups(STATEMENT_TOPIC.STATEMENT_ID, STATEMENT_TOPIC.TOPIC_ID);
    }

    private void replaceTopics(long id, List<String> topicIds) {
        dsl.deleteFrom(STATEMENT_TOPIC).where(STATEMENT_TOPIC.STATEMENT_ID.eq(id)).execute();
        if (!topicIds.isEmpty()) {
            var insert = dsl.insertInto(STATEMENT_TOPIC, STATEMENT_TOPIC.STATEMENT_ID, STATEMENT_TOPIC.TOPIC_ID);
            for (String topicId : topicIds) {
                insert = insert.values(id, topicId);
            }
            insert.execute();
        }
    }

    /**
     * The statements of a topic (all for null) as a table to select from: the topic's rows of
     * statement_topic joined to the statements, so both databases start from the topic's index and
     * never walk every statement testing its topics.
     */
    public static Table<?> statementsOf(String topicId) {
        return topicId == null ? STATEMENT : STATEMENT_TOPIC.join(STATEMENT)
                .on(STATEMENT.ID.eq(STATEMENT_TOPIC.STATEMENT_ID).and(STATEMENT_TOPIC.TOPIC_ID.eq(topicId)));
    }

    /** The filter but its topic ({@link #statementsOf}) as conditions on STATEMENT. */
    public static List<Condition> conditions(StatementFilter f) {
        List<Condition> conditions = new ArrayList<>();
        if (f.sourceId() != null) {
            conditions.add(STATEMENT.SOURCE_ID.eq(f.sourceId()));
        }
        if (f.speakerId() != null) {
            conditions.add(STATEMENT.SPEAKER_ID.eq(f.speakerId()));
        }
        if (f.reportedById() != null) {
            conditions.add(STATEMENT.REPORTED_BY_ID.eq(f.reportedById()));
        }
        if (f.from() != null) {
            conditions.add(STATEMENT.STATED_TO.ge(f.from().earliest()));
        }
        if (f.to() != null) {
            conditions.add(STATEMENT.STATED_FROM.le(f.to().latest()));
        }
        if (f.q() != null) {
            conditions.add(STATEMENT.TEXT.containsIgnoreCase(f.q()));
        }
        return conditions;
    }

    private static void fill(StatementRecord r, StatementInput in) {
        DateSpan stated = in.statedSpan();
        DateSpan reported = in.reportedSpan();
        r.setText(in.text());
        r.setQuote(in.quote());
        r.setSourceId(in.sourceId());
        r.setSpeakerId(in.speakerId());
        r.setReportedById(in.reportedById());
        r.setStatedOn(in.statedOn().trim());
        r.setStatedFrom(stated.earliest());
        r.setStatedTo(stated.latest());
        r.setReportedOn(in.reportedOn() == null ? null : in.reportedOn().trim());
        r.setReportedFrom(reported == null ? null : reported.earliest());
        r.setReportedTo(reported == null ? null : reported.latest());
        r.setUrl(in.url());
        r.setLanguage(in.language());
    }

    /** The statement {@link #insert} just stored from {@code in}, as {@link #find} would read it back. */
    public static Statement asStored(long id, StatementInput in, List<Claim> claims, OffsetDateTime now) {
        StatementRecord r = new StatementRecord();
        fill(r, in);
        r.setId(id);
        r.setExternalId(in.externalId());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setVersion(1);
        return toStatement(r, in.topicIds().stream().sorted().toList(), claims);
    }

    private static Statement toStatement(StatementRecord r, List<String> topicIds, List<Claim> claims) {
        return new Statement(r.getId(), r.getText(), r.getQuote(), r.getSourceId(), r.getSpeakerId(),
                r.getReportedById(), r.getStatedOn(), DayRange.of(r.getStatedFrom(), r.getStatedTo()),
                r.getReportedOn(), DayRange.of(r.getReportedFrom(), r.getReportedTo()), r.getUrl(), r.getLanguage(),
                topicIds, r.getExternalId(), claims, r.getCreatedAt(), r.getUpdatedAt(), r.getVersion(),
                Statement.Links.of(r.getId()),
                Statement.Provenance.of(r.getArticleId(), r.getArticleSpanStart(), r.getArticleSpanEnd()));
    }
}
