package io.claimwatch.topic;

import static io.claimwatch.db.Tables.STATEMENT_TOPIC;
import static io.claimwatch.db.Tables.TOPIC;

import io.claimwatch.catalog.SlugTableStore;
import io.claimwatch.db.tables.records.TopicRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** All SQL about topics. */
public final class TopicRepository extends SlugTableStore<TopicRecord, TopicInput, Topic> {

    public TopicRepository(DSLContext dsl) {
        super(dsl, TOPIC, TOPIC.ID);
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
    public Optional<String> usedBy(String id) {
        int statements = dsl.fetchCount(STATEMENT_TOPIC, STATEMENT_TOPIC.TOPIC_ID.eq(id));
        return statements == 0 ? Optional.empty() : Optional.of(statements + " statement(s) refer to it");
    }

    @Override
    protected Topic toEntry(TopicRecord r) {
        return new Topic(r.getId(), r.getTitle(), r.getDescription(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
