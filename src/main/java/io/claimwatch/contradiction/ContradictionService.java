package io.claimwatch.contradiction;

import io.claimwatch.analysis.Claim;
import io.claimwatch.detection.Detector;
import io.claimwatch.event.Event;
import io.claimwatch.event.EventRepository;
import io.claimwatch.detection.Verdict;
import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementListener;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Clock;
import io.claimwatch.web.Cursors;
import io.claimwatch.web.Page;
import io.claimwatch.web.Preconditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * Finds and serves contradictions. Detection runs after a statement commits, against everything
 * committed: of two statements committed concurrently, the later one's detection sees the
 * earlier, and the unique pair key absorbs the case where both see each other.
 */
public final class ContradictionService implements StatementListener {

    /** Candidates are compared in batches so memory stays bounded on a busy topic. */
    private static final int BATCH = 500;

    private final DSLContext dsl;
    private final Detector detector;

    public ContradictionService(DSLContext dsl, Detector detector) {
        this.dsl = dsl;
        this.detector = detector;
    }

    @Override
    public void saved(Statement statement) {
        detect(statement.id());
    }

    @Override
    public void deleted(long statementId) {
        // the foreign keys cascade: its contradictions went with it
    }

    /** Compares the statement with its candidates and stores each new contradiction; returns how many. */
    public int detect(long statementId) {
        ContradictionRepository repository = new ContradictionRepository(dsl);
        repository.deleteOpen(statementId);
        Party self = repository.parties(List.of(statementId)).get(statementId);
        if (self == null) {
            return 0; // deleted meanwhile
        }
        int[] stored = {0};
        compare(self, repository.candidates(statementId), (other, verdict) -> {
            if (store(other.statementId(), statementId, verdict, Scope.of(other, self))) {
                stored[0]++;
            }
        });
        return stored[0];
    }

    /** What a statement would contradict if it were posted; nothing is stored. */
    public List<Finding> check(Party self, List<String> topicIds) {
        List<Finding> findings = new ArrayList<>();
        compare(self, new ContradictionRepository(dsl).candidatesFor(topicIds, Claim.keysOf(self.claims())), (other, verdict) ->
                findings.add(new Finding(verdict.kind().json(), verdict.relation().json(), Scope.of(other, self),
                        verdict.confidence(), verdict.explanation(), verdict.evidence(), other.paired())));
        return findings;
    }

    /** A verdict against one stored statement, for {@link #check}. */
    public record Finding(String kind, String relation, String scope, double confidence, String explanation,
                          List<String> evidence, Contradiction.PairedStatement statement) {
    }

    private void compare(Party self, List<Long> candidates, BiConsumer<Party, Verdict> found) {
        ContradictionRepository repository = new ContradictionRepository(dsl);
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<Long> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            Map<Long, Party> parties = repository.parties(batch);
            for (Long id : batch) {
                Party other = parties.get(id);
                if (other != null && other.statementId() != self.statementId()) {
                    detector.compare(other.view(), self.view()).ifPresent(verdict -> found.accept(other, verdict));
                }
            }
        }
    }

    /** Stores a found pair and its event in one transaction; false when the pair was already stored. */
    private boolean store(long first, long second, Verdict verdict, String scope) {
        return dsl.transactionResult(tx -> {
            ContradictionRepository repository = new ContradictionRepository(tx.dsl());
            if (!repository.insertIfAbsent(first, second, verdict, scope, Detector.VERSION, Clock.now())) {
                return false;
            }
            long id = repository.idOfPair(first, second).orElseThrow();
            new EventRepository(tx.dsl()).append(Event.CONTRADICTION_CREATED, repository.find(id).orElseThrow());
            return true;
        });
    }

    /** Records a fact-checker's decision if {@code ifMatch} names the current version. */
    public Contradiction review(long id, String ifMatch, ReviewInput review) {
        review.validate();
        return dsl.transactionResult(tx -> {
            ContradictionRepository repository = new ContradictionRepository(tx.dsl());
            int version = repository.lockVersion(id).orElseThrow(() -> ApiProblem.notFound("contradiction", id));
            Preconditions.requireCurrent(ifMatch, version);
            repository.review(id, review, Clock.now());
            Contradiction updated = repository.find(id).orElseThrow();
            new EventRepository(tx.dsl()).append(Event.CONTRADICTION_UPDATED, updated);
            return updated;
        });
    }

    public Contradiction get(long id) {
        return new ContradictionRepository(dsl).find(id).orElseThrow(() -> ApiProblem.notFound("contradiction", id));
    }

    /** The review queue: newest first, or most confident first; the cursor carries the last key seen. */
    public Page<Contradiction> queue(ContradictionFilter filter, boolean mostConfidentFirst, String cursor, int limit) {
        String key = Cursors.decode(cursor);
        Double afterConfidence = null;
        Long afterId = null;
        if (key != null) {
            try {
                int bar = key.indexOf('|');
                afterConfidence = mostConfidentFirst ? Double.valueOf(key.substring(0, bar)) : null;
                afterId = Long.valueOf(key.substring(bar + 1));
            } catch (RuntimeException e) {
                throw ApiProblem.badRequest("cursor", "is not a cursor this service issued");
            }
        }
        List<Contradiction> rows = new ContradictionRepository(dsl).queue(filter, mostConfidentFirst, afterConfidence, afterId, limit + 1);
        return Page.of(rows, limit, c -> (mostConfidentFirst ? c.confidence() : "") + "|" + c.id());
    }

    public Page<Contradiction> list(ContradictionFilter filter, String cursor, int limit) {
        List<Contradiction> rows = new ContradictionRepository(dsl).list(filter, Cursors.decodeLong(cursor), limit + 1);
        return Page.of(rows, limit, c -> Long.toString(c.id()));
    }
}
