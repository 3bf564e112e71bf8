package io.claimwatch.statement;

import static io.claimwatch.db.Tables.DETECTION_QUEUE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Row2;
import org.jooq.impl.DSL;

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
     * Up to {@code max} statements among the oldest rows queued before {@code cutoff} that no other
     * transaction holds, each with its queued revisions, all locked. Oldest first, read and then
     * locked a few at a time: H2 applies a LIMIT before skipping locked rows, so one held row would
     * hide all the others.
     */
    public Map<Long, List<Integer>> pickOlderThan(OffsetDateTime cutoff, int max) {
        var candidates = dsl.select(DETECTION_QUEUE.STATEMENT_ID).from(DETECTION_QUEUE)
                .where(DETECTION_QUEUE.QUEUED_AT.lt(cutoff))
                .orderBy(DETECTION_QUEUE.QUEUED_AT)
                .limit(max + PICK_AMONG)
                .fetch(DETECTION_QUEUE.STATEMENT_ID).stream().distinct().toList();
        Map<Long, List<Integer>> picked = new TreeMap<>();
        for (int from = 0; from < candidates.size() && picked.size() < max; ) {
            int to = Math.min(candidates.size(), from + max - picked.size());
            dsl.select(DETECTION_QUEUE.STATEMENT_ID, DETECTION_QUEUE.REVISION).from(DETECTION_QUEUE)
                    .where(DETECTION_QUEUE.STATEMENT_ID.in(candidates.subList(from, to)))
                    .orderBy(DETECTION_QUEUE.STATEMENT_ID, DETECTION_QUEUE.REVISION)
                    .forUpdate().skipLocked()
                    .forEach(r -> picked.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            from = to;
        }
        return picked;
    }

    public boolean isQueued(long statementId) {
        return dsl.fetchExists(DETECTION_QUEUE, DETECTION_QUEUE.STATEMENT_ID.eq(statementId));
    }

    /** Removes the rows a detection run held: statement id to its revisions. */
    public void remove(Map<Long, List<Integer>> rows) {
        List<Long> ids = List.copyOf(rows.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Row2<Long, Integer>> pairs = new ArrayList<>();
            chunk.forEach(id -> rows.get(id).forEach(revision -> pairs.add(DSL.row(id, revision))));
            if (!pairs.isEmpty()) {
                dsl.deleteFrom(DETECTION_QUEUE)
                        .where(DETECTION_QUEUE.STATEMENT_ID.in(chunk))
                        .and(DSL.row(DETECTION_QUEUE.STATEMENT_ID, DETECTION_QUEUE.REVISION).in(pairs))
                        .execute();
            }
        }
    }
}
