package io.claimwatch.statement;

import static io.claimwatch.db.Tables.CLAIM_KEY;
import static io.claimwatch.db.Tables.STATEMENT_CLAIMS;

import com.fasterxml.jackson.core.type.TypeReference;
import io.claimwatch.analysis.Claim;
import io.claimwatch.web.JsonText;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** All SQL about a statement's claims and the (topic, key) index rows that find its candidates. */
public final class ClaimRepository {

    /** Topic of the index rows of a statement filed under no topic. */
    public static final String NO_TOPIC = "";
    public static final String ANALYZER_VERSION = "opennlp-ud-3";
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
        dsl.deleteFrom(STATEMENT_CLAIMS).where(STATEMENT_CLAIMS.STATEMENT_ID.eq(statementId)).execute();
        dsl.deleteFrom(CLAIM_KEY).where(CLAIM_KEY.STATEMENT_ID.eq(statementId)).execute();
        dsl.insertInto(STATEMENT_CLAIMS)
                .set(STATEMENT_CLAIMS.STATEMENT_ID, statementId)
                .set(STATEMENT_CLAIMS.CLAIMS, JsonText.write(claims))
                .set(STATEMENT_CLAIMS.ANALYZER_VERSION, ANALYZER_VERSION)
                .set(STATEMENT_CLAIMS.REVISION, revision)
                .execute();
        writeKeys(statementId, claims, topicIds);
        return revision;
    }

    private void writeKeys(long statementId, List<Claim> claims, List<String> topicIds) {
        Set<String> keys = Claim.keysOf(claims);
        keys.removeIf(key -> key.length() > 200); // the column's width; such a key could only be a tagging accident
        if (keys.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(CLAIM_KEY, CLAIM_KEY.TOPIC_ID, CLAIM_KEY.CLAIM_KEY_, CLAIM_KEY.STATEMENT_ID);
        for (String topic : topicIds.isEmpty() ? List.of(NO_TOPIC) : topicIds) {
            for (String key : keys) {
                insert = insert.values(topic, key, statementId);
            }
        }
        insert.execute();
    }

    /** The current claims revision of each statement (absent: no such statement or no claims). */
    public Map<Long, Integer> revisions(Collection<Long> statementIds) {
        return dsl.select(STATEMENT_CLAIMS.STATEMENT_ID, STATEMENT_CLAIMS.REVISION).from(STATEMENT_CLAIMS)
                .where(STATEMENT_CLAIMS.STATEMENT_ID.in(statementIds))
                .fetchMap(STATEMENT_CLAIMS.STATEMENT_ID, STATEMENT_CLAIMS.REVISION);
    }

    /** Records that the statement's claims at {@code revision} were compared by {@code detectorVersion}. */
    public void markDetected(long statementId, int revision, String detectorVersion, OffsetDateTime now) {
        dsl.update(STATEMENT_CLAIMS)
                .set(STATEMENT_CLAIMS.DETECTOR_VERSION, detectorVersion)
                .set(STATEMENT_CLAIMS.DETECTED_AT, now)
                .where(STATEMENT_CLAIMS.STATEMENT_ID.eq(statementId)).and(STATEMENT_CLAIMS.REVISION.eq(revision))
                .execute();
    }

    public Map<Long, List<Claim>> claimsOf(Collection<Long> statementIds) {
        Map<Long, List<Claim>> claims = new HashMap<>();
        dsl.selectFrom(STATEMENT_CLAIMS).where(STATEMENT_CLAIMS.STATEMENT_ID.in(statementIds))
                .forEach(r -> claims.put(r.getStatementId(), JsonText.read(r.getClaims(), CLAIMS)));
        return claims;
    }


}
