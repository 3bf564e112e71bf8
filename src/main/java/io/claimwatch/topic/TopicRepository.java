package io.claimwatch.topic;

import static io.claimwatch.db.Tables.STATEMENT_TOPIC;
import static io.claimwatch.db.Tables.TOPIC;

import io.claimwatch.catalog.CatalogStore;
import io.claimwatch.db.tables.records.TopicRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** All SQL about topics. */
public final class TopicRepository implements CatalogStore<TopicInput, Topic> {

    private final DSLContext dsl;

    public TopicRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Topic> find(String id) {
        return dsl.selectFrom(TOPIC).where(TOPIC.ID.eq(id)).fetchOptional(TopicRepository::toTopic);
    }

    @Override
    public Optional<Topic> findForUpdate(String id) {
        return dsl.selectFrom(TOPIC).where(TOPIC.ID.eq(id)).forUpdate().fetchOptional(TopicRepository::toTopic);
    }

    @Override
    public List<Topic> list(String afterId, int limit) {
        var query = dsl.selectFrom(TOPIC);
        var filtered = afterId == null ? query : query.where(TOPIC.ID.gt(afterId));
        return filtered.orderBy(TOPIC.ID).limit(limit).fetch(TopicRepository::toTopic);
    }

    @Override
    public void insert(TopicInput in, OffsetDateTime now) {
        dsl.insertInto(TOPIC)
                .set(TOPIC.ID, in.id()).set(TOPIC.TITLE, in.title()).set(TOPIC.DESCRIPTION, in.description())
                .set(TOPIC.CREATED_AT, now).set(TOPIC.UPDATED_AT, now)
                .execute();
    }

    @Override
    public void update(TopicInput in, OffsetDateTime now) {
        dsl.update(TOPIC)
                .set(TOPIC.TITLE, in.title()).set(TOPIC.DESCRIPTION, in.description()).set(TOPIC.UPDATED_AT, now)
                .where(TOPIC.ID.eq(in.id()))
                .execute();
    }

    @Override
    public void delete(String id) {
        dsl.deleteFrom(TOPIC).where(TOPIC.ID.eq(id)).execute();
    }

    @Override
    public Optional<String> usedBy(String id) {
        int statements = dsl.fetchCount(STATEMENT_TOPIC, STATEMENT_TOPIC.TOPIC_ID.eq(id));
        return statements == 0 ? Optional.empty() : Optional.of(statements + " statement(s) refer to it");
    }

    /** The ids among {@code ids} that name no topic. */
    public List<String> missing(List<String> ids) {
        List<String> known = dsl.select(TOPIC.ID).from(TOPIC).where(TOPIC.ID.in(ids)).fetch(TOPIC.ID);
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    private static Topic toTopic(TopicRecord r) {
        return new Topic(r.getId(), r.getTitle(), r.getDescription(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
