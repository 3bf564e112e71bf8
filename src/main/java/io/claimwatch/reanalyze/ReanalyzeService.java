package io.claimwatch.reanalyze;

import io.claimwatch.contradiction.ContradictionService;
import io.claimwatch.dataset.Progress;
import io.claimwatch.detection.Detector;
import io.claimwatch.statement.ClaimRepository;
import io.claimwatch.statement.StatementService;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ApiProblem.FieldError;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Reads every stored statement's claims again and re-runs detection on it, one statement at a
 * time: pairs found again keep their ids (updated in place when the verdict changed), pairs no
 * longer found are withdrawn. Each statement is re-read and queued in one transaction, so a run
 * that dies part-way leaves nothing half done: the sweep detects what was queued.
 */
public final class ReanalyzeService {

    private static final int PAGE = 200;

    private final DSLContext dsl;
    private final StatementService statements;
    private final ContradictionService contradictions;

    public ReanalyzeService(DSLContext dsl, StatementService statements, ContradictionService contradictions) {
        this.dsl = dsl;
        this.statements = statements;
        this.contradictions = contradictions;
    }

    /** What to re-analyse: a topic's statements or all (null), and whether to skip up-to-date ones. */
    public record Request(String topicId, boolean onlyOutdated) {

        public void validate(DSLContext dsl) {
            if (topicId != null && !new ReanalyzeRepository(dsl).topicExists(topicId)) {
                throw ApiProblem.unprocessable(List.of(new FieldError("topicId", "no topic with id '" + topicId + "'")));
            }
        }
    }

    /** How a run went. */
    public record Report(long total, long reanalyzed, long skipped) {
    }

    public void validate(Request request) {
        request.validate(dsl);
    }

    /** Runs over the statements in id order, telling {@code progress} after each. */
    public Report run(Request request, Progress progress) {
        ReanalyzeRepository repository = new ReanalyzeRepository(dsl);
        long total = repository.count(request.topicId());
        long done = 0;
        long skipped = 0;
        long after = 0;
        for (List<Long> page = repository.page(request.topicId(), after, PAGE); !page.isEmpty();
             page = repository.page(request.topicId(), after, PAGE)) {
            for (long id : page) {
                if (Thread.currentThread().isInterrupted()) {
                    return new Report(total, done - skipped, skipped);
                }
                if (request.onlyOutdated() && repository.upToDate(id, ClaimRepository.ANALYZER_VERSION, Detector.VERSION)) {
                    skipped++;
                } else if (statements.reread(id).isPresent()) {
                    contradictions.detect(id, true);
                }
                progress.step("reanalyze", ++done, total);
                after = id;
            }
        }
        return new Report(total, done - skipped, skipped);
    }
}
