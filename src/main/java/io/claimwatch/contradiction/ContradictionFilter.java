package io.claimwatch.contradiction;

import io.claimwatch.analysis.DateSpan;

/** List filters; null means no constraint. from/to keep pairs where either statement's date range overlaps. */
public record ContradictionFilter(String topicId, String sourceId, Long statementId, String kind, String relation,
                                  String scope, String status, Double minConfidence, DateSpan from, DateSpan to) {
}
