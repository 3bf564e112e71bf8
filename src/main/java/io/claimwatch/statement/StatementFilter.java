package io.claimwatch.statement;

import io.claimwatch.analysis.DateSpan;

/** List filters; null means no constraint. {@code from}/{@code to} keep statements whose date range overlaps them. */
public record StatementFilter(String topicId, String sourceId, String speakerId, String reportedById,
                              DateSpan from, DateSpan to, String q) {
}
