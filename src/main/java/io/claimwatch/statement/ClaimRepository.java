package io.claimwatch.statement;

import static io.claimwatch.db.Tables.CLAIM_KEY;
import static io.claimwatch.db.Tables.STATEMENT;
import static io.claimwatch.db.Tables.STATEMENT_CLAIMS;

import com.fasterxml.jackson.core.type.TypeReference;
import io.claimwatch.analysis.Claim;
import io.claimwatch.web.JsonText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** All SQL about a statement's claims and the (topic, key) index rows that find its candidates. */
public final class ClaimRepository {

    /** Topic of the index rows of a statement filed under no topic. */
    public static final String NO_TOPIC = "";
    public static final String ANALYZER_VERSION = "opennlp-ud-7";
    private static final int KEY_ROWS_PER_INSERT = 2000;
    private static final TypeReference<List<Claim>> CLAIMS = new TypeReference<>() { };

    private final DSLContext dsl;

    public ClaimRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the claims and rewrites the index rows, for a new statement or a changed one; returns
     * the claims' new revision. The caller holds the statement's row (new, or locked for update).
     */
    public int replace(long statementId, List<Claim> claims, List<String> topicIds) {
        Integer previous = dsl.select(STATEMENT_CLAIMS.REVISION).from(STATEMENT_CLAIMS)
                .where(STATEMENT_CLAIMS.STATEMENT_ID.eq(statementId)).fetchOne(STATEMENT_CLAIMS.REVISION);
        int revision = previous == null ? 1 : previous + 1;
        if (previous != null) { // a new statement has nothing to replace: its index rows are written with its claims
            dsl.deleteFrom(STATEMENT_CLAIMS).where(STATEMENT_CLAIMS.STATEMENT_ID.eq(statementId)).execute();
            dsl.deleteFrom(CLAIM_KEY).where(CLAIM_KEY.STATEMENT_ID.eq(statementId)).execute();
        }
        dsl.insertInto(STATEMENT_CLAIMS)
                .set(STATEMENT_CLAIMS.STATEMENT_ID, statementId)
                .set(STATEMENT_CLAIMS.CLAIMS, JsonText.write(claims))
                .set(STATEMENT_CLAIMS.ANALYZER_VERSION, ANALYZER_VERSION)
                .set(STATEMENT_CLAIMS.REVISION, revision)
                .execute();
        writeKeys(statementId, claims, topicIds);
        return revision;
    }

    /** Stores the first claims (revision 1) of statements just inserted, with multi-row INSERTs. */
    public void insertFirst(List<Long> statementIds, List<List<Claim>> claims, List<List<String>> topicIds) {
        if (statementIds.isEmpty()) {
            return;
        }
        var rows = dsl.insertInto(STATEMENT_CLAIMS, STATEMENT_CLAIMS.STATEMENT_ID, STATEMENT_CLAIMS.CLAIMS,
                STATEMENT_CLAIMS.ANALYZER_VERSION, STATEMENT_CLAIMS.REVISION);
        for (int i = 0; i < statementIds.size(); i++) {
            rows = rows.values(statementIds.get(i), JsonText.write(claims.get(i)), ANALYZER_VERSION, 1);
        }
        rows.execute();
        // the statements' rows are written first: their days come from there, one primary-key look-up
        Map<Long, LocalDate> days = dsl.select(STATEMENT.ID, STATEMENT.STATED_FROM).from(STATEMENT)
                .where(STATEMENT.ID.in(statementIds)).fetchMap(STATEMENT.ID, STATEMENT.STATED_FROM);
        var keys = dsl.insertInto(CLAIM_KEY, CLAIM_KEY.TOPIC_ID, CLAIM_KEY.CLAIM_KEY_, CLAIM_KEY.STATEMENT_ID,
                CLAIM_KEY.STATED_FROM);
        int pending = 0;
        for (int i = 0; i < statementIds.size(); i++) {
            Set<String> keysOf = Claim.keysOf(claims.get(i));
            keysOf.removeIf(key -> key.length() > 200);
            LocalDate day = days.get(statementIds.get(i));
            for (String topic : topicIds.get(i).isEmpty() ? List.of(NO_TOPIC) : topicIds.get(i)) {
                for (String key : keysOf) {
                    keys = keys.values(topic, key, statementIds.get(i), day);
                    if (++pending == KEY_ROWS_PER_INSERT) { // far below PostgreSQL's 32767 bind values
                        keys.execute();
                        keys = dsl.insertInto(CLAIM_KEY, CLAIM_KEY.TOPIC_ID, CLAIM_KEY.CLAIM_KEY_, CLAIM_KEY.STATEMENT_ID,
                                CLAIM_KEY.STATED_FROM);
                        pending = 0;
                    }
                }
            }
        }
        if (pending > 0) {
            keys.execute();
        }
    }

    private void writeKeys(long statementId, List<Claim> claims, List<String> topicIds) {
        Set<String> keys = Claim.keysOf(claims);
        keys.removeIf(key -> key.length() > 200); // the column's width; such a key could only be a tagging accident
        if (keys.isEmpty()) {
            return;
        }
        // the statement's row is written (or updated) before its claims: its day is the current one
        LocalDate statedFrom = dsl.select(STATEMENT.STATED_FROM).from(STATEMENT).where(STATEMENT.ID.eq(statementId))
                .fetchSingle(STATEMENT.STATED_FROM);
        var insert = dsl.insertInto(CLAIM_KEY, CLAIM_KEY.TOPIC_ID, CLAIM_KEY.CLAIM_KEY_, CLAIM_KEY.STATEMENT_ID,
                CLAIM_KEY.STATED_FROM);
        for (String topic : topicIds.isEmpty() ? List.of(NO_TOPIC) : topicIds) {
            for (String key : keys) {
                insert = insert.values(topic, key, statementId, statedFrom);
            }
        }
        insert.execute();
    }

    /** The current claims revision of each statement (absent: no such statement or no claims). */
    public Map<Long, Integer> revisions(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(STATEMENT_CLAIMS.STATEMENT_ID, STATEMENT_CLAIMS.REVISION).from(STATEMENT_CLAIMS)
                .where(STATEMENT_CLAIMS.STATEMENT_ID.in(statementIds))
                .fetchMap(STATEMENT_CLAIMS.STATEMENT_ID, STATEMENT_CLAIMS.REVISION);
    }

    /** Records that each statement's claims at the revision given (id to revision) were compared by {@code detectorVersion}. */
    public void markDetected(Map<Long, Integer> revisions, String detectorVersion, OffsetDateTime now) {
        if (revisions.isEmpty()) {
            return;
        }
        dsl.update(STATEMENT_CLAIMS)
                .set(STATEMENT_CLAIMS.DETECTOR_VERSION, detectorVersion)
                .set(STATEMENT_CLAIMS.DETECTED_AT, now)
                .where(STATEMENT_CLAIMS.STATEMENT_ID.in(revisions.keySet()))
                .and(DSL.row(STATEMENT_CLAIMS.STATEMENT_ID, STATEMENT_CLAIMS.REVISION)
                        .in(revisions.entrySet().stream().map(e -> DSL.row(e.getKey(), e.getValue())).toList()))
                .execute();
    }

    /** Claims as read at one revision. */
    public record Revised(int revision, List<Claim> claims) {
    }

    /** The claims of each statement with the revision they are at. */
    public Map<Long, Revised> revisedClaimsOf(Collection<Long> statementIds) {
        Map<Long, Revised> claims = new HashMap<>();
        dsl.select(STATEMENT_CLAIMS.STATEMENT_ID, STATEMENT_CLAIMS.REVISION, STATEMENT_CLAIMS.CLAIMS).from(STATEMENT_CLAIMS)
                .where(STATEMENT_CLAIMS.STATEMENT_ID.in(statementIds))
                .forEach(r -> claims.put(r.value1(), new Revised(r.value2(), JsonText.read(r.value3(), CLAIMS))));
        return claims;
    }

    public Map<Long, List<Claim>> claimsOf(Collection<Long> statementIds) {
        Map<Long, List<Claim>> claims = new HashMap<>();
        dsl.selectFrom(STATEMENT_CLAIMS).where(STATEMENT_CLAIMS.STATEMENT_ID.in(statementIds))
                .forEach(r -> claims.put(r.getStatementId(), JsonText.read(r.getClaims(), CLAIMS)));
        return claims;
    }


}
