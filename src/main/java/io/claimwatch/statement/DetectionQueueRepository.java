package io.claimwatch.statement;

import static io.claimwatch.db.Tables.DETECTION_QUEUE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * All SQL about statements whose claims are stored but not yet compared. A row is written with the
 * claims and deleted with the contradictions they produce, so a crash in between leaves the row
 * for some process to pick up.
 */
public final class DetectionQueueRepository {

    /** How many of the oldest rows a sweep tries before it concludes that other processes hold them all. */
    private static final int PICK_AMONG = 32;

    private final DSLContext dsl;

    public DetectionQueueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One row per claims revision, so queueing never waits for a detection that holds older rows. */
    public void enqueue(long statementId, int revision, OffsetDateTime now) {
        dsl.insertInto(DETECTION_QUEUE)
                .set(DETECTION_QUEUE.STATEMENT_ID, statementId)
                .set(DETECTION_QUEUE.REVISION, revision)
                .set(DETECTION_QUEUE.QUEUED_AT, now)
                .onConflictDoNothing()
                .execute();
    }

    /** Queues the first revision of statements just inserted, with one multi-row INSERT. */
    public void enqueueNew(List<Long> statementIds, OffsetDateTime now) {
        if (statementIds.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(DETECTION_QUEUE, DETECTION_QUEUE.STATEMENT_ID, DETECTION_QUEUE.REVISION,
                DETECTION_QUEUE.QUEUED_AT);
        for (long id : statementIds) {
            insert = insert.values(id, 1, now);
        }
        insert.execute();
    }

    /** Rows waiting, for progress reports (the queue is short-lived: this counts what is left of a batch). */
    public long count() {
        return dsl.fetchCount(DETECTION_QUEUE);
    }

    /**
     * Locks the statement's queued revisions: {@code wait} blocks behind another detection of it
     * (the caller wants it done before answering), otherwise rows held elsewhere are skipped.
     */
    public List<Integer> lock(long statementId, boolean wait) {
        var query = dsl.select(DETECTION_QUEUE.REVISION).from(DETECTION_QUEUE)
                .where(DETECTION_QUEUE.STATEMENT_ID.eq(statementId))
                .orderBy(DETECTION_QUEUE.REVISION)
                .forUpdate();
        return (wait ? query : query.skipLocked()).fetch(DETECTION_QUEUE.REVISION);
    }

    /**
     * The statement of the oldest row queued before {@code cutoff} that no other transaction holds,
     * with that row locked. Candidates are read first and then locked one by one, because H2 applies
     * a LIMIT before skipping locked rows (one held row would hide all the others).
     */
    public Optional<Long> pickOlderThan(OffsetDateTime cutoff) {
        var candidates = dsl.select(DETECTION_QUEUE.STATEMENT_ID, DETECTION_QUEUE.REVISION).from(DETECTION_QUEUE)
                .where(DETECTION_QUEUE.QUEUED_AT.lt(cutoff))
                .orderBy(DETECTION_QUEUE.QUEUED_AT)
                .limit(PICK_AMONG)
                .fetch();
        for (var candidate : candidates) {
            boolean locked = dsl.select(DETECTION_QUEUE.STATEMENT_ID).from(DETECTION_QUEUE)
                    .where(DETECTION_QUEUE.STATEMENT_ID.eq(candidate.value1()))
                    .and(DETECTION_QUEUE.REVISION.eq(candidate.value2()))
                    .forUpdate().skipLocked()
                    .fetchOptional().isPresent();
            if (locked) {
                return Optional.of(candidate.value1());
            }
        }
        return Optional.empty();
    }

    public boolean isQueued(long statementId) {
        return dsl.fetchExists(DETECTION_QUEUE, DETECTION_QUEUE.STATEMENT_ID.eq(statementId));
    }

    public void remove(long statementId, List<Integer> revisions) {
        dsl.deleteFrom(DETECTION_QUEUE)
                .where(DETECTION_QUEUE.STATEMENT_ID.eq(statementId)).and(DETECTION_QUEUE.REVISION.in(revisions))
                .execute();
    }
}
