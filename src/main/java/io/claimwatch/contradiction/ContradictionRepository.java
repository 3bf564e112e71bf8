package io.claimwatch.contradiction;

import static io.claimwatch.db.Tables.CLAIM_KEY;
import static io.claimwatch.db.Tables.CONTRADICTION;
import static io.claimwatch.db.Tables.CONTRADICTION_REVIEW;
import static io.claimwatch.db.Tables.SOURCE;
import static io.claimwatch.db.Tables.SPEAKER;
import static io.claimwatch.db.Tables.STATEMENT;
import static io.claimwatch.db.Tables.STATEMENT_CLAIMS;
import static io.claimwatch.db.Tables.STATEMENT_TOPIC;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.contradiction.Contradiction.PairedStatement;
import io.claimwatch.contradiction.Contradiction.Review;
import io.claimwatch.db.tables.Statement;
import io.claimwatch.detection.Verdict;
import io.claimwatch.statement.ClaimRepository;
import io.claimwatch.web.JsonText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** All SQL about contradictions, and the candidate look-up in the claim index. */
public final class ContradictionRepository {

    /** The older-id and newer-id statement of a pair, for queries that join both. */
    public static final Statement SA = STATEMENT.as("sa");
    public static final Statement SB = STATEMENT.as("sb");

    /** (topic, key) look-ups sent in one statement: bounds the SQL text for a statement with many keys and topics. */
    private static final int KEYS_PER_QUERY = 32;
    /** The SQL of near() by dialect and number of probes. */
    private static final Map<String, String> NEAR_SQL = new ConcurrentHashMap<>();

    private final DSLContext dsl;

    public ContradictionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One (topic, key) row of the claim index. */
    public record TopicKey(String topicId, String key) {
    }

    /** The (topic, key) index rows of stored statements, from claim_key_statement_idx, in one query. */
    public Map<Long, List<TopicKey>> keysOf(Collection<Long> statementIds) {
        Map<Long, List<TopicKey>> keys = new HashMap<>();
        dsl.select(CLAIM_KEY.STATEMENT_ID, CLAIM_KEY.TOPIC_ID, CLAIM_KEY.CLAIM_KEY_).from(CLAIM_KEY)
                .where(CLAIM_KEY.STATEMENT_ID.in(statementIds))
                .orderBy(CLAIM_KEY.STATEMENT_ID, CLAIM_KEY.TOPIC_ID, CLAIM_KEY.CLAIM_KEY_)
                .forEach(r -> keys.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new TopicKey(r.value2(), r.value3())));
        return keys;
    }

    /** The (topic, key) rows a statement filed under {@code topicIds} with these keys would have. */
    public static List<TopicKey> keysOf(List<String> topicIds, Set<String> keys) {
        List<TopicKey> rows = new ArrayList<>();
        for (String topic : topicIds.isEmpty() ? List.of(ClaimRepository.NO_TOPIC) : topicIds) {
            keys.stream().filter(k -> k.length() <= 200).forEach(k -> rows.add(new TopicKey(topic, k)));
        }
        return rows;
    }

    /** One statement's (topic, key) row to look around: {@code day} is when it was said, {@code self} is left out. */
    public record Probe(long self, TopicKey key, LocalDate day) {
    }

    /**
     * For each probe, the statements other than its {@code self} filed under its (topic, key) and
     * said nearest its {@code day}: up to {@code perSide} on or before it and up to {@code perSide}
     * after it. Each side is one range of claim_key_near_idx read in date order, so a key shared by
     * a million statements costs the same as one shared by ten. One round trip per
     * {@link #KEYS_PER_QUERY} probes, for the probes of one statement or of a whole batch:
     * per-query overhead, not the index reads, is what a batch of statements pays here.
     */
    public Map<Probe, List<CandidatePicker.Near>> near(List<Probe> probes, int perSide) {
        Map<Probe, List<CandidatePicker.Near>> near = new LinkedHashMap<>();
        for (int from = 0; from < probes.size(); from += KEYS_PER_QUERY) {
            List<Probe> chunk = probes.subList(from, Math.min(probes.size(), from + KEYS_PER_QUERY));
            // padded to a power of two with copies of the last probe, so the SQL comes in a handful of
            // shapes: each is rendered once (rendering a union of 64 selects costs more than running it)
            // and prepared and planned once by the database
            int shape = Integer.highestOneBit(chunk.size() * 2 - 1);
            List<Probe> padded = new ArrayList<>(chunk);
            while (padded.size() < shape) {
                padded.add(chunk.get(chunk.size() - 1));
            }
            List<Object> binds = new ArrayList<>();
            for (Probe p : padded) {
                for (int side = 0; side < 2; side++) {
                    binds.addAll(List.of(p.key().topicId(), p.key().key(), p.self(), p.day(), (long) perSide));
                }
            }
            String sql = NEAR_SQL.computeIfAbsent(dsl.dialect() + "/" + shape, k -> renderNear(padded, perSide, binds));
            for (Record r : dsl.fetch(sql, binds.toArray())) {
                int k = r.get(0, Integer.class);
                if (k < chunk.size()) {
                    near.computeIfAbsent(chunk.get(k), x -> new ArrayList<>())
                            .add(new CandidatePicker.Near(r.get(1, Long.class), r.get(2, LocalDate.class)));
                }
            }
        }
        return near;
    }

    /** The SQL of {@link #near(List, int)} for these probes, checked to take its binds in the order {@code binds} has them. */
    private String renderNear(List<Probe> probes, int perSide, List<Object> binds) {
        org.jooq.Select<org.jooq.Record3<Integer, Long, LocalDate>> union = null;
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            Condition key = CLAIM_KEY.TOPIC_ID.eq(p.key().topicId()).and(CLAIM_KEY.CLAIM_KEY_.eq(p.key().key()))
                    .and(CLAIM_KEY.STATEMENT_ID.ne(p.self()));
            var before = dsl.select(DSL.inline(i).as("k"), CLAIM_KEY.STATEMENT_ID, CLAIM_KEY.STATED_FROM)
                    .from(CLAIM_KEY).where(key).and(CLAIM_KEY.STATED_FROM.le(p.day()))
                    // the whole index key in the ORDER BY: H2 reads the index in order (and stops) only then
                    .orderBy(CLAIM_KEY.TOPIC_ID.desc(), CLAIM_KEY.CLAIM_KEY_.desc(), CLAIM_KEY.STATED_FROM.desc(),
                            CLAIM_KEY.STATEMENT_ID.desc()).limit(perSide);
            var after = dsl.select(DSL.inline(i).as("k"), CLAIM_KEY.STATEMENT_ID, CLAIM_KEY.STATED_FROM)
                    .from(CLAIM_KEY).where(key).and(CLAIM_KEY.STATED_FROM.gt(p.day()))
                    .orderBy(CLAIM_KEY.TOPIC_ID, CLAIM_KEY.CLAIM_KEY_, CLAIM_KEY.STATED_FROM, CLAIM_KEY.STATEMENT_ID)
                    .limit(perSide);
            var both = before.unionAll(after);
            union = union == null ? both : union.unionAll(both);
        }
        List<Object> rendered = dsl.extractBindValues(union);
        if (!rendered.equals(binds)) {
            throw new IllegalStateException("near(): jOOQ renders its binds as " + rendered + ", not " + binds);
        }
        return dsl.render(union);
    }

    /** The statements with who said them and their claims, keyed by id. */
    public Map<Long, Party> parties(Collection<Long> statementIds) {
        return parties(statementIds, new ClaimsCache(0));
    }

    /**
     * The statements with who said them and their claims, keyed by id; claims held by {@code cache} at
     * the current revision are not read again, the others are read once and put there.
     */
    public Map<Long, Party> parties(Collection<Long> statementIds, ClaimsCache cache) {
        Map<Long, Record> rows = new HashMap<>();
        dsl.select(STATEMENT.ID, STATEMENT.SOURCE_ID, STATEMENT.SPEAKER_ID, STATEMENT.STATED_ON, STATEMENT.STATED_FROM,
                        STATEMENT.STATED_TO, STATEMENT.TEXT, SOURCE.NAME, SPEAKER.NAME, STATEMENT_CLAIMS.REVISION)
                .from(STATEMENT).join(SOURCE).on(SOURCE.ID.eq(STATEMENT.SOURCE_ID))
                .leftJoin(SPEAKER).on(SPEAKER.ID.eq(STATEMENT.SPEAKER_ID))
                .leftJoin(STATEMENT_CLAIMS).on(STATEMENT_CLAIMS.STATEMENT_ID.eq(STATEMENT.ID))
                .where(STATEMENT.ID.in(statementIds))
                .forEach(r -> rows.put(r.get(STATEMENT.ID), r));
        Map<Long, ClaimRepository.Revised> claims = new HashMap<>();
        List<Long> misses = new ArrayList<>();
        rows.forEach((id, r) -> {
            Integer revision = r.get(STATEMENT_CLAIMS.REVISION);
            List<Claim> held = revision == null ? null : cache.get(id, revision);
            if (held != null) {
                claims.put(id, new ClaimRepository.Revised(revision, held));
            } else if (revision != null) {
                misses.add(id);
            }
        });
        if (!misses.isEmpty()) {
            new ClaimRepository(dsl).revisedClaimsOf(misses).forEach((id, revised) -> {
                cache.put(id, revised.revision(), revised.claims());
                claims.put(id, revised);
            });
        }
        Map<Long, Party> parties = new HashMap<>();
        rows.forEach((id, r) -> {
            ClaimRepository.Revised revised = claims.get(id);
            parties.put(id, new Party(id, r.get(STATEMENT.SOURCE_ID), r.get(STATEMENT.SPEAKER_ID),
                    label(r.get(SOURCE.NAME), r.get(SPEAKER.NAME)), r.get(STATEMENT.STATED_ON),
                    new DateSpan(r.get(STATEMENT.STATED_FROM), r.get(STATEMENT.STATED_TO)), r.get(STATEMENT.TEXT),
                    revised == null ? List.of() : revised.claims(), revised == null ? 0 : revised.revision()));
        });
        return parties;
    }

    /** How explanations name a statement's author: "Pentagon (Bill Urban)", or the source alone. */
    public static String label(String sourceName, String speakerName) {
        return speakerName == null ? sourceName : sourceName + " (" + speakerName + ")";
    }

    /** A pair to store: its two statements, whichever order, and what the detector found. */
    record NewPair(long first, long second, Verdict verdict, String scope) {
    }

    /**
     * Stores pairs not stored yet, with one multi-row INSERT, and returns their ids. The caller
     * holds both statements of each pair locked, as every pair writer does, so none appears meanwhile.
     */
    List<Long> insertAll(List<NewPair> pairs, String detectorVersion, OffsetDateTime now) {
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < pairs.size(); from += 1000) { // 13 parameters a row, under every driver's limit
            ids.addAll(insertChunk(pairs.subList(from, Math.min(pairs.size(), from + 1000)), detectorVersion, now));
        }
        return ids;
    }

    private List<Long> insertChunk(List<NewPair> pairs, String detectorVersion, OffsetDateTime now) {
        var insert = dsl.insertInto(CONTRADICTION, CONTRADICTION.STATEMENT_A_ID, CONTRADICTION.STATEMENT_B_ID,
                CONTRADICTION.KIND, CONTRADICTION.RELATION, CONTRADICTION.SCOPE, CONTRADICTION.CONFIDENCE,
                CONTRADICTION.EXPLANATION, CONTRADICTION.EVIDENCE, CONTRADICTION.DETECTOR_VERSION, CONTRADICTION.STATUS,
                CONTRADICTION.DETECTED_AT, CONTRADICTION.UPDATED_AT, CONTRADICTION.VERSION);
        List<PairKey> keys = pairs.stream().map(p -> PairKey.of(p.first(), p.second())).toList();
        for (int i = 0; i < pairs.size(); i++) {
            Verdict v = pairs.get(i).verdict();
            insert = insert.values(keys.get(i).a(), keys.get(i).b(), v.kind().json(), v.relation().json(), pairs.get(i).scope(),
                    v.confidence(), explanation(v), JsonText.write(v.evidence()), detectorVersion, "open", now, now, 1);
        }
        insert.execute();
        return dsl.select(CONTRADICTION.ID).from(CONTRADICTION).where(isOneOf(keys)).orderBy(CONTRADICTION.ID)
                .fetch(CONTRADICTION.ID);
    }

    /** The contradiction rows of these pairs. */
    static Condition isOneOf(List<PairKey> pairs) {
        // the plain IN on the first column is what H2 reads an index with; the row IN filters
        return CONTRADICTION.STATEMENT_A_ID.in(pairs.stream().map(PairKey::a).distinct().toList())
                .and(DSL.row(CONTRADICTION.STATEMENT_A_ID, CONTRADICTION.STATEMENT_B_ID)
                        .in(pairs.stream().map(p -> DSL.row(p.a(), p.b())).toList()));
    }

    /** The contradictions with these ids, by id. */
    public List<Contradiction> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : select(List.of(CONTRADICTION.ID.in(ids)), List.of(CONTRADICTION.ID.asc()), ids.size());
    }

    /** Locks the row and returns its version, for a review that must not be lost to a concurrent one. */
    public Optional<Integer> lockVersion(long id) {
        return dsl.select(CONTRADICTION.VERSION).from(CONTRADICTION).where(CONTRADICTION.ID.eq(id)).forUpdate()
                .fetchOptional(CONTRADICTION.VERSION);
    }

    /** Records a review: the current status on the row, and the decision in the history. */
    public void review(long id, ReviewInput review, OffsetDateTime now) {
        dsl.update(CONTRADICTION)
                .set(CONTRADICTION.STATUS, review.status())
                .set(CONTRADICTION.REVIEW_NOTE, review.note())
                .set(CONTRADICTION.REVIEWER, review.reviewer())
                .set(CONTRADICTION.UPDATED_AT, now)
                .set(CONTRADICTION.VERSION, CONTRADICTION.VERSION.plus(1))
                .where(CONTRADICTION.ID.eq(id))
                .execute();
        dsl.insertInto(CONTRADICTION_REVIEW)
                .set(CONTRADICTION_REVIEW.CONTRADICTION_ID, id)
                .set(CONTRADICTION_REVIEW.STATUS, review.status())
                .set(CONTRADICTION_REVIEW.NOTE, review.note())
                .set(CONTRADICTION_REVIEW.REVIEWER, review.reviewer())
                .set(CONTRADICTION_REVIEW.REVIEWED_AT, now)
                .execute();
    }

    public Optional<Contradiction> find(long id) {
        return select(List.of(CONTRADICTION.ID.eq(id)), 0, 1).stream().findFirst();
    }

    public List<Contradiction> list(ContradictionFilter filter, long afterId, int limit) {
        List<Condition> after = new ArrayList<>(otherConditions(filter));
        after.add(CONTRADICTION.ID.gt(afterId));
        return select(filter.topicId(), after, List.of(CONTRADICTION.ID.asc()), limit);
    }

    /** The pairs whose two statements are both among {@code ids}, found by the older side's index, by id. */
    public List<Contradiction> among(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<Contradiction> pairs = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            pairs.addAll(select(List.of(CONTRADICTION.STATEMENT_A_ID.in(chunk), CONTRADICTION.STATEMENT_B_ID.in(all)),
                    List.of(CONTRADICTION.ID.asc()), Integer.MAX_VALUE));
        }
        pairs.sort(Comparator.comparingLong(Contradiction::id));
        return pairs;
    }

    /**
     * The review queue's order: newest first, or most confident first and then newest, each page
     * after the last key seen (null for the first page); index-backed by contradiction_queue_*_idx.
     */
    public List<Contradiction> queue(ContradictionFilter filter, boolean byConfidence, Double afterConfidence,
                                     Long afterId, int limit) {
        List<Condition> conditions = otherConditions(filter);
        if (afterId != null) {
            conditions.add(byConfidence
                    ? DSL.row(CONTRADICTION.CONFIDENCE, CONTRADICTION.ID).lt(afterConfidence, afterId)
                    : CONTRADICTION.ID.lt(afterId));
        }
        return select(filter.topicId(), conditions, byConfidence
                ? List.of(CONTRADICTION.CONFIDENCE.desc(), CONTRADICTION.ID.desc())
                : List.of(CONTRADICTION.ID.desc()), limit);
    }

    private List<Contradiction> select(List<Condition> conditions, long afterId, int limit) {
        List<Condition> after = new ArrayList<>(conditions);
        after.add(CONTRADICTION.ID.gt(afterId));
        return select(after, List.of(CONTRADICTION.ID.asc()), limit);
    }

    private List<Contradiction> select(List<Condition> conditions, List<? extends SortField<?>> order, int limit) {
        return select(null, conditions, order, limit);
    }

    /**
     * With a topic, the query starts from the topic's pair ids (a derived table joined to the pairs
     * by primary key), so both databases read the topic's pairs and never walk every pair in id order
     * testing each against the topic (what H2 does with {@code id in (...)} next to {@code id > ?}).
     */
    private List<Contradiction> select(String topicId, List<Condition> conditions, List<? extends SortField<?>> order,
                                       int limit) {
        List<Contradiction> rows = dsl.select(CONTRADICTION.asterisk(), SA.ID, SA.SOURCE_ID, SA.SPEAKER_ID, SA.STATED_ON, SA.STATED_FROM,
                        SA.TEXT, SB.ID, SB.SOURCE_ID, SB.SPEAKER_ID, SB.STATED_ON, SB.STATED_FROM, SB.TEXT)
                .from(pairsOf(topicId))
                // left joins: a side that was deleted is shown as it was (deleted_statements)
                .leftJoin(SA).on(SA.ID.eq(CONTRADICTION.STATEMENT_A_ID))
                .leftJoin(SB).on(SB.ID.eq(CONTRADICTION.STATEMENT_B_ID))
                .where(conditions)
                .orderBy(order).limit(limit)
                .fetch(ContradictionRepository::toContradiction);
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Review>> history = new HashMap<>();
        dsl.selectFrom(CONTRADICTION_REVIEW)
                .where(CONTRADICTION_REVIEW.CONTRADICTION_ID.in(rows.stream().map(Contradiction::id).toList()))
                .orderBy(CONTRADICTION_REVIEW.ID)
                .forEach(r -> history.computeIfAbsent(r.getContradictionId(), k -> new ArrayList<>())
                        .add(new Review(r.getStatus(), r.getNote(), r.getReviewer(), r.getReviewedAt(), r.getAction())));
        return rows.stream().map(c -> c.withHistory(history.getOrDefault(c.id(), List.of()))).toList();
    }

    /**
     * The pairs of a topic (all pairs for null) as a table to select from: with a topic, the topic's
     * pair ids (a derived table) joined to the pairs by primary key, so both databases read the
     * topic's pairs and never walk every pair testing each against the topic (which H2 does with
     * {@code id in (...)} next to {@code id > ?}).
     */
    public static org.jooq.Table<?> pairsOf(String topicId) {
        if (topicId == null) {
            return CONTRADICTION;
        }
        var ids = topicPairIds(topicId).asTable("tp");
        return ids.join(CONTRADICTION).on(CONTRADICTION.ID.eq(ids.field(0, Long.class)));
    }

    /**
     * The ids of the pairs with a statement in the topic, id first: the topic's statements
     * (statement_topic_topic_idx), then their pairs by each side's index, never a walk of every pair
     * testing its sides against the topic.
     */
    private static org.jooq.Select<org.jooq.Record1<Long>> topicPairIds(String topicId) {
        var st = STATEMENT_TOPIC.as("tst");
        var side = CONTRADICTION.as("tside");
        return DSL.select(side.ID.as("pair_id")).from(st).join(side).on(side.STATEMENT_A_ID.eq(st.STATEMENT_ID))
                .where(st.TOPIC_ID.eq(topicId))
                .union(DSL.select(side.ID.as("pair_id")).from(st).join(side).on(side.STATEMENT_B_ID.eq(st.STATEMENT_ID))
                        .where(st.TOPIC_ID.eq(topicId)));
    }

    /** Every condition of the filter but the topic (see {@link #pairsOf}), on CONTRADICTION joined with {@link #SA} and {@link #SB}. */
    public static List<Condition> otherConditions(ContradictionFilter f) {
        List<Condition> conditions = new ArrayList<>();
        if (f.sourceId() != null) {
            conditions.add(SA.SOURCE_ID.eq(f.sourceId()).or(SB.SOURCE_ID.eq(f.sourceId())));
        }
        if (f.statementId() != null) {
            // one index look-up per side: H2 reads "a = ? or b = ?" with a full scan
            var side = CONTRADICTION.as("side");
            conditions.add(CONTRADICTION.ID.in(DSL.select(side.ID).from(side).where(side.STATEMENT_A_ID.eq(f.statementId()))
                    .unionAll(DSL.select(side.ID).from(side).where(side.STATEMENT_B_ID.eq(f.statementId())))));
        }
        if (f.kind() != null) {
            conditions.add(CONTRADICTION.KIND.eq(f.kind()));
        }
        if (f.relation() != null) {
            conditions.add(CONTRADICTION.RELATION.eq(f.relation()));
        }
        if (f.scope() != null) {
            conditions.add(CONTRADICTION.SCOPE.eq(f.scope()));
        }
        if (f.status() != null) {
            conditions.add(CONTRADICTION.STATUS.eq(f.status()));
        }
        if (f.minConfidence() != null) {
            conditions.add(CONTRADICTION.CONFIDENCE.ge(f.minConfidence()));
        }
        if (f.from() != null) {
            conditions.add(SA.STATED_TO.ge(f.from().earliest()).or(SB.STATED_TO.ge(f.from().earliest())));
        }
        if (f.to() != null) {
            conditions.add(SA.STATED_FROM.le(f.to().latest()).or(SB.STATED_FROM.le(f.to().latest())));
        }
        return conditions;
    }

    private static Contradiction toContradiction(Record r) {
        List<PairedStatement> deleted = DeletedStatements.read(r.get(CONTRADICTION.DELETED_STATEMENTS));
        List<PairedStatement> pair = new ArrayList<>(List.of(
                side(r, SA, r.get(CONTRADICTION.STATEMENT_A_ID), deleted), side(r, SB, r.get(CONTRADICTION.STATEMENT_B_ID), deleted)));
        Map<Long, LocalDate> starts = Map.of(pair.get(0).id(), DeletedStatements.earliest(pair.get(0)),
                pair.get(1).id(), DeletedStatements.earliest(pair.get(1)));
        // oldest first: by the earliest day each may have been said, then by arrival
        pair.sort(Comparator.comparing((PairedStatement s) -> starts.get(s.id())).thenComparing(PairedStatement::id));
        return new Contradiction(r.get(CONTRADICTION.ID), r.get(CONTRADICTION.KIND), r.get(CONTRADICTION.RELATION),
                r.get(CONTRADICTION.SCOPE), r.get(CONTRADICTION.CONFIDENCE), r.get(CONTRADICTION.EXPLANATION),
                JsonText.readStrings(r.get(CONTRADICTION.EVIDENCE)), r.get(CONTRADICTION.STATUS), r.get(CONTRADICTION.REVIEW_NOTE),
                r.get(CONTRADICTION.REVIEWER), List.of(), r.get(CONTRADICTION.DETECTOR_VERSION),
                r.get(CONTRADICTION.DETECTED_AT), r.get(CONTRADICTION.UPDATED_AT), r.get(CONTRADICTION.VERSION),
                List.copyOf(pair));
    }

    /** The side as stored, or as it was when it was deleted. */
    private static PairedStatement side(Record r, Statement s, long id, List<PairedStatement> deleted) {
        if (r.get(s.ID) != null) {
            return paired(r, s);
        }
        return deleted.stream().filter(d -> d.id() == id).findFirst()
                .orElse(new PairedStatement(id, null, null, null, null, true));
    }

    private static PairedStatement paired(Record r, Statement s) {
        return new PairedStatement(r.get(s.ID), r.get(s.SOURCE_ID), r.get(s.SPEAKER_ID), r.get(s.STATED_ON), r.get(s.TEXT));
    }

    /** The verdict's explanation as the column holds it. */
    static String explanation(Verdict verdict) {
        return truncate(verdict.explanation(), 2000);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }


}
