package io.claimwatch.dataset;

import static io.claimwatch.db.Tables.CONTRADICTION;
import static io.claimwatch.db.Tables.CONTRADICTION_REVIEW;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.contradiction.Contradiction.PairedStatement;
import io.claimwatch.contradiction.Contradiction.Review;
import io.claimwatch.contradiction.ContradictionRoutes;
import io.claimwatch.contradiction.Scope;
import io.claimwatch.detection.Kind;
import io.claimwatch.detection.Relation;
import io.claimwatch.web.Checks;
import io.claimwatch.web.JsonText;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.OffsetDateTime;
import java.util.List;

/** A contradiction as a dataset carries it, with its review history; {@code statementIds} ascending. */
public record DatasetContradiction(long id, List<Long> statementIds, String kind, String relation, String scope,
                                   double confidence, String explanation, List<String> evidence, String status,
                                   String reviewNote, String reviewer, List<Review> history, String detectorVersion,
                                   OffsetDateTime detectedAt, OffsetDateTime updatedAt, int version,
                                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PairedStatement> deletedStatements) {

    private static final Set<String> KINDS = Arrays.stream(Kind.values()).map(Kind::json).collect(Collectors.toSet());
    private static final Set<String> ACTIONS = Set.of(Review.REVIEW, "updated", "withdrawn", "restored");
    private static final Set<String> RELATIONS = Arrays.stream(Relation.values()).map(Relation::json).collect(Collectors.toSet());

    public DatasetContradiction {
        statementIds = statementIds == null ? List.of() : List.copyOf(statementIds);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        history = history == null ? List.of() : List.copyOf(history);
        deletedStatements = deletedStatements == null ? List.of() : List.copyOf(deletedStatements);
    }

    /** Everything the detector and a review could have produced, and nothing else. */
    void validate() {
        Checks checks = new Checks();
        ImportChecks.id(checks, "id", id);
        if (statementIds.size() != 2 || statementIds.get(0) >= statementIds.get(1)) {
            checks.add("statementIds", "must be two statement ids, smaller first");
        } else {
            ImportChecks.id(checks, "statementIds[0]", statementIds.get(0));
            ImportChecks.id(checks, "statementIds[1]", statementIds.get(1));
        }
        if (deletedStatements.stream().anyMatch(d -> d == null || !statementIds.contains(d.id()))) {
            checks.add("deletedStatements", "must be statements of the pair (statementIds)");
        }
        required(checks, "kind", kind).oneOf("kind", kind, KINDS);
        required(checks, "relation", relation).oneOf("relation", relation, RELATIONS);
        required(checks, "scope", scope).oneOf("scope", scope, Scope.ALL);
        required(checks, "status", status).oneOf("status", status, ContradictionRoutes.ALL_STATUSES);
        if (!(confidence >= 0 && confidence <= 1)) {
            checks.add("confidence", "must be a number from 0 to 1");
        }
        checks.required("explanation", explanation, CONTRADICTION.EXPLANATION.getDataType().length())
                .required("detectorVersion", detectorVersion, CONTRADICTION.DETECTOR_VERSION.getDataType().length())
                .fits("reviewNote", reviewNote, CONTRADICTION.REVIEW_NOTE)
                .fits("reviewer", reviewer, CONTRADICTION.REVIEWER)
                .noBlanks("evidence", evidence)
                .fits("evidence", JsonText.write(evidence), CONTRADICTION.EVIDENCE);
        for (int i = 0; i < history.size(); i++) {
            Review review = history.get(i);
            String at = "history[" + i + "].";
            if (review == null) {
                checks.add("history[" + i + "]", "must be an object, not null");
                continue;
            }
            required(checks, at + "status", review.status()).oneOf(at + "status", review.status(), ContradictionRoutes.ALL_STATUSES)
                    .oneOf(at + "action", review.action(), ACTIONS)
                    .fits(at + "note", review.note(), CONTRADICTION_REVIEW.NOTE)
                    .fits(at + "reviewer", review.reviewer(), CONTRADICTION_REVIEW.REVIEWER);
            if (review.at() == null || updatedAt != null && review.at().isAfter(updatedAt)) {
                checks.add(at + "at", "is required and must not be after updatedAt");
            } else if (i > 0 && history.get(i - 1) != null && history.get(i - 1).at() != null
                    && review.at().isBefore(history.get(i - 1).at())) {
                checks.add(at + "at", "history must be in time order");
            }
        }
        ImportChecks.version(checks, version);
        ImportChecks.times(checks, "detectedAt", detectedAt, updatedAt);
        checks.orThrow();
    }

    private static Checks required(Checks checks, String field, String value) {
        return value == null ? checks.add(field, "is required") : checks;
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
