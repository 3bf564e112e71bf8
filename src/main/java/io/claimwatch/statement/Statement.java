package io.claimwatch.statement;

import java.time.OffsetDateTime;
import java.util.List;

/** A dated, attributed statement as stored. */
public record Statement(long id, String text, String quote, String sourceId, String speakerId, String reportedById,
                        String statedOn, DayRange statedOnRange, String reportedOn, DayRange reportedOnRange,
                        String url, String language, List<String> topicIds, String externalId,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    public StatementInput toInput() {
        return new StatementInput(text, quote, sourceId, speakerId, reportedById, statedOn, reportedOn, url,
                language, topicIds, externalId);
    }

    /** The strong ETag of this version. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
