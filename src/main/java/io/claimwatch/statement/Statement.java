package io.claimwatch.statement;

import io.claimwatch.analysis.Claim;
import io.claimwatch.web.Preconditions;
import java.time.OffsetDateTime;
import java.util.List;

/** A dated, attributed statement as stored. */
public record Statement(long id, String text, String quote, String sourceId, String speakerId, String reportedById,
                        String statedOn, DayRange statedOnRange, String reportedOn, DayRange reportedOnRange,
                        String url, String language, List<String> topicIds, String externalId,
                        List<Claim> claims, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
                        Links links, Provenance provenance) {

    /** The article an accepted draft came from, and the claim's character span in its text; null otherwise. */
    public record Provenance(long articleId, int spanStart, int spanEnd) {

        static Provenance of(Long articleId, Integer start, Integer end) {
            return articleId == null || start == null || end == null ? null : new Provenance(articleId, start, end);
        }
    }

    /** Where to find more about this statement. */
    public record Links(String self, String contradictions) {

        static Links of(long id) {
            return new Links(StatementRoutes.PATH + "/" + id, "/api/v1/contradictions?statementId=" + id);
        }
    }

    public StatementInput toInput() {
        return new StatementInput(text, quote, sourceId, speakerId, reportedById, statedOn, reportedOn, url,
                language, topicIds, externalId);
    }

    /** The strong ETag of this version. */
    public String etag() {
        return Preconditions.etag(version);
    }
}
