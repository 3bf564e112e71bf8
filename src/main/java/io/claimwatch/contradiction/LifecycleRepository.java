package io.claimwatch.contradiction;

import static io.claimwatch.db.Tables.CONTRADICTION;
import static io.claimwatch.db.Tables.CONTRADICTION_REVIEW;
import static io.claimwatch.db.Tables.STATEMENT;

import io.claimwatch.contradiction.Contradiction.PairedStatement;
import io.claimwatch.db.tables.records.ContradictionRecord;
import io.claimwatch.detection.Verdict;
import io.claimwatch.web.JsonText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** All SQL of a contradiction's lifecycle: the pair found again, withdrawn, restored, outliving a deleted side. */
final class LifecycleRepository {

    static final String WITHDRAWN = "withdrawn";

    /** A stored pair as detection compares it with a new verdict. */
    record Stored(long id, long a, long b, String status, String kind, String relation, String scope, double confidence,
                  String explanation, String evidence, String detectorVersion) {

        long other(long statementId) {
            return a == statementId ? b : a;
        }

        boolean sameAs(Verdict v, String newScope, String version) {
            return kind.equals(v.kind().json()) && relation.equals(v.relation().json()) && scope.equals(newScope)
                    && confidence == v.confidence() && explanation.equals(ContradictionRepository.explanation(v))
                    && evidence.equals(JsonText.write(v.evidence())) && detectorVersion.equals(version);
        }
    }

    private final DSLContext dsl;

    LifecycleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the statement rows in id order (so two writers never wait on each other in a circle)
     * and returns the ids that still exist.
     */
    List<Long> lockStatements(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.select(STATEMENT.ID).from(STATEMENT).where(STATEMENT.ID.in(ids)).orderBy(STATEMENT.ID).forUpdate()
                .fetch(STATEMENT.ID);
    }

    /**
     * The statement's contradictions that are not withdrawn, by the other statement's id. Detection
     * reads them unlocked: it locks statement rows before pair rows, as every pair writer does.
     */
    Map<Long, Stored> activeOf(long statementId, boolean lock) {
        return ofStatement(statementId, lock).stream().filter(c -> !WITHDRAWN.equals(c.getStatus()))
                .map(LifecycleRepository::stored)
                .collect(Collectors.toMap(s -> s.other(statementId), Function.identity()));
    }

    /** {@link #activeOf} of each statement, unlocked, in two queries (one per side, each on its index). */
    Map<Long, Map<Long, Stored>> activeOf(Collection<Long> statementIds) {
        Map<Long, Map<Long, Stored>> active = new HashMap<>();
        statementIds.forEach(id -> active.put(id, new HashMap<>()));
        for (var side : List.of(CONTRADICTION.STATEMENT_A_ID, CONTRADICTION.STATEMENT_B_ID)) {
            dsl.selectFrom(CONTRADICTION).where(side.in(statementIds)).and(CONTRADICTION.STATUS.ne(WITHDRAWN))
                    .forEach(r -> {
                        Stored s = stored(r);
                        long self = r.get(side);
                        active.get(self).put(s.other(self), s);
                    });
        }
        return active;
    }

    /**
     * Every contradiction of the statement: one query per side, since H2 reads
     * {@code a = ? or b = ?} with a full scan where each side alone has its index.
     */
    private List<ContradictionRecord> ofStatement(long statementId, boolean lock) {
        var a = dsl.selectFrom(CONTRADICTION).where(CONTRADICTION.STATEMENT_A_ID.eq(statementId)).orderBy(CONTRADICTION.ID);
        var b = dsl.selectFrom(CONTRADICTION).where(CONTRADICTION.STATEMENT_B_ID.eq(statementId)).orderBy(CONTRADICTION.ID);
        List<ContradictionRecord> rows = new ArrayList<>(lock ? a.forUpdate().fetch() : a.fetch());
        rows.addAll(lock ? b.forUpdate().fetch() : b.fetch());
        return rows;
    }

    /** Locks the stored rows of these pairs (the caller holds both statements of each). */
    Map<PairKey, Stored> lockPairs(Collection<PairKey> pairs) {
        Map<PairKey, Stored> rows = new HashMap<>();
        List<PairKey> all = List.copyOf(pairs);
        for (int from = 0; from < all.size(); from += 500) {
            List<PairKey> chunk = all.subList(from, Math.min(all.size(), from + 500));
            dsl.selectFrom(CONTRADICTION)
                    .where(ContradictionRepository.isOneOf(chunk))
                    .orderBy(CONTRADICTION.ID)
                    .forUpdate()
                    .forEach(r -> rows.put(new PairKey(r.getStatementAId(), r.getStatementBId()), stored(r)));
        }
        return rows;
    }

    /** The pair found again with {@code verdict}: its verdict and status change in place, its id stays. */
    void update(long id, Verdict verdict, String scope, String status, String detectorVersion, OffsetDateTime now) {
        dsl.update(CONTRADICTION)
                .set(CONTRADICTION.KIND, verdict.kind().json())
                .set(CONTRADICTION.RELATION, verdict.relation().json())
                .set(CONTRADICTION.SCOPE, scope)
                .set(CONTRADICTION.CONFIDENCE, verdict.confidence())
                .set(CONTRADICTION.EXPLANATION, ContradictionRepository.explanation(verdict))
                .set(CONTRADICTION.EVIDENCE, JsonText.write(verdict.evidence()))
                .set(CONTRADICTION.DETECTOR_VERSION, detectorVersion)
                .set(CONTRADICTION.STATUS, status)
                .set(CONTRADICTION.UPDATED_AT, now)
                .set(CONTRADICTION.VERSION, CONTRADICTION.VERSION.plus(1))
                .where(CONTRADICTION.ID.eq(id))
                .execute();
    }

    /** Withdraws the pair: kept with its review note, reviewer and history. */
    void withdraw(long id, OffsetDateTime now) {
        dsl.update(CONTRADICTION)
                .set(CONTRADICTION.STATUS, WITHDRAWN)
                .set(CONTRADICTION.UPDATED_AT, now)
                .set(CONTRADICTION.VERSION, CONTRADICTION.VERSION.plus(1))
                .where(CONTRADICTION.ID.eq(id))
                .execute();
    }

    void history(long id, String action, String status, String note, OffsetDateTime now) {
        dsl.insertInto(CONTRADICTION_REVIEW)
                .set(CONTRADICTION_REVIEW.CONTRADICTION_ID, id)
                .set(CONTRADICTION_REVIEW.ACTION, action)
                .set(CONTRADICTION_REVIEW.STATUS, status)
                .set(CONTRADICTION_REVIEW.NOTE, note)
                .set(CONTRADICTION_REVIEW.REVIEWED_AT, now)
                .execute();
    }

    /** The status of the last fact-checker decision, or open: what a withdrawn pair returns to when found again. */
    String lastReviewedStatus(long id) {
        return dsl.select(CONTRADICTION_REVIEW.STATUS).from(CONTRADICTION_REVIEW)
                .where(CONTRADICTION_REVIEW.CONTRADICTION_ID.eq(id))
                .and(CONTRADICTION_REVIEW.ACTION.eq(Contradiction.Review.REVIEW))
                .orderBy(CONTRADICTION_REVIEW.ID.desc()).limit(1)
                .fetchOptional(CONTRADICTION_REVIEW.STATUS).orElse("open");
    }

    /** Keeps the statement as it was in every pair it belongs to, before its row goes. */
    void keepDeleted(long statementId, PairedStatement deleted) {
        for (ContradictionRecord r : ofStatement(statementId, true)) {
            r.setDeletedStatements(DeletedStatements.add(r.getDeletedStatements(), deleted));
            r.update(CONTRADICTION.DELETED_STATEMENTS);
        }
    }

    private static Stored stored(ContradictionRecord r) {
        return new Stored(r.getId(), r.getStatementAId(), r.getStatementBId(), r.getStatus(), r.getKind(), r.getRelation(),
                r.getScope(), r.getConfidence(), r.getExplanation(), r.getEvidence(), r.getDetectorVersion());
    }
}
