package io.claimwatch.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.contradiction.Contradiction.PairedStatement;
import io.claimwatch.contradiction.Contradiction.Review;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A contradiction as a dataset carries it, with its review history; {@code statementIds} ascending.
 * A withdrawn pair may outlive one of its statements: {@code deletedStatements} keeps it as it was.
 */
public record DatasetContradiction(long id, List<Long> statementIds, String kind, String relation, String scope,
                                   double confidence, String explanation, List<String> evidence, String status,
                                   String reviewNote, String reviewer, List<Review> history, String detectorVersion,
                                   OffsetDateTime detectedAt, OffsetDateTime updatedAt, int version,
                                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PairedStatement> deletedStatements) {

    public DatasetContradiction {
        statementIds = statementIds == null ? List.of() : List.copyOf(statementIds);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        history = history == null ? List.of() : List.copyOf(history);
        deletedStatements = deletedStatements == null ? List.of() : List.copyOf(deletedStatements);
    }

    static DatasetContradiction of(Contradiction c) {
        long a = c.statements().get(0).id();
        long b = c.statements().get(1).id();
        return new DatasetContradiction(c.id(), List.of(Math.min(a, b), Math.max(a, b)), c.kind(), c.relation(),
                c.scope(), c.confidence(), c.explanation(), c.evidence(), c.status(), c.reviewNote(), c.reviewer(),
                c.history(), c.detectorVersion(), c.detectedAt(), c.updatedAt(), c.version(),
                c.statements().stream().filter(s -> Boolean.TRUE.equals(s.deleted())).toList());
    }
}
