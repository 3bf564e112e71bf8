package io.claimwatch.event;

import static io.claimwatch.db.Tables.EVENT_LOG;

import io.claimwatch.web.Clock;
import io.claimwatch.web.JsonText;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** All SQL about the change log. Appends join the caller's transaction, so an event exists iff its change does. */
public final class EventRepository {

    private final DSLContext dsl;

    public EventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(String type, Object payload) {
        appendAll(type, List.of(payload));
    }

    /** One event of {@code type} for each payload, in their order, with one multi-row INSERT. */
    public void appendAll(String type, List<?> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        OffsetDateTime now = Clock.now();
        var insert = dsl.insertInto(EVENT_LOG, EVENT_LOG.TYPE, EVENT_LOG.PAYLOAD, EVENT_LOG.CREATED_AT);
        for (Object payload : payloads) {
            insert = insert.values(type, JsonText.write(payload), now);
        }
        insert.execute();
    }

    /** Up to {@code limit} events with ids above {@code afterId}, oldest first. */
    public List<Event> after(long afterId, int limit) {
        return dsl.selectFrom(EVENT_LOG).where(EVENT_LOG.ID.gt(afterId)).orderBy(EVENT_LOG.ID).limit(limit)
                .fetch(r -> new Event(r.getId(), r.getType(), r.getPayload(), r.getCreatedAt()));
    }

    /** The highest event id, 0 when the log is empty. */
    public long newestId() {
        Long max = dsl.select(org.jooq.impl.DSL.max(EVENT_LOG.ID)).from(EVENT_LOG).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    public int deleteOlderThan(OffsetDateTime cutoff) {
        return dsl.deleteFrom(EVENT_LOG).where(EVENT_LOG.CREATED_AT.lt(cutoff)).execute();
    }
}
