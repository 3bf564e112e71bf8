package io.claimwatch.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.statement.Statement;

/** Flat CSV columns for the two exports: lists are joined with "; " so every cell is one value. */
final class CsvRows {

    private CsvRows() {
    }

    @JsonPropertyOrder({"id", "sourceId", "speakerId", "reportedById", "statedOn", "statedOnEarliest", "statedOnLatest",
            "reportedOn", "text", "quote", "url", "language", "topicIds", "externalId", "createdAt", "updatedAt", "version",
            "articleId", "articleSpanStart", "articleSpanEnd"})
    record StatementRow(long id, String sourceId, String speakerId, String reportedById, String statedOn,
                        String statedOnEarliest, String statedOnLatest, String reportedOn, String text, String quote,
                        String url, String language, String topicIds, String externalId, String createdAt,
                        String updatedAt, int version, Long articleId, Integer articleSpanStart, Integer articleSpanEnd) {

        static StatementRow of(Statement s) {
            return new StatementRow(s.id(), s.sourceId(), s.speakerId(), s.reportedById(), s.statedOn(),
                    s.statedOnRange().earliest().toString(), s.statedOnRange().latest().toString(), s.reportedOn(),
                    s.text(), s.quote(), s.url(), s.language(), String.join("; ", s.topicIds()), s.externalId(),
                    s.createdAt().toString(), s.updatedAt().toString(), s.version(),
                    s.provenance() == null ? null : s.provenance().articleId(),
                    s.provenance() == null ? null : s.provenance().spanStart(),
                    s.provenance() == null ? null : s.provenance().spanEnd());
        }
    }

    @JsonPropertyOrder({"id", "kind", "relation", "scope", "confidence", "status", "explanation", "evidence",
            "olderStatementId", "newerStatementId", "olderSourceId", "newerSourceId", "detectorVersion", "detectedAt",
            "updatedAt"})
    record ContradictionRow(long id, String kind, String relation, String scope, double confidence, String status,
                            String explanation, String evidence, long olderStatementId, long newerStatementId,
                            String olderSourceId, String newerSourceId, String detectorVersion, String detectedAt,
                            String updatedAt) {

        static ContradictionRow of(Contradiction c) {
            var older = c.statements().get(0);
            var newer = c.statements().get(1);
            return new ContradictionRow(c.id(), c.kind(), c.relation(), c.scope(), c.confidence(), c.status(),
                    c.explanation(), String.join("; ", c.evidence()), older.id(), newer.id(), older.sourceId(),
                    newer.sourceId(), c.detectorVersion(), c.detectedAt().toString(), c.updatedAt().toString());
        }
    }
}
