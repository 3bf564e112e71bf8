package io.claimwatch.contradiction;

import java.time.OffsetDateTime;
import java.util.List;

/** A flagged pair of statements with the detector's verdict and its review status. */
public record Contradiction(long id, String kind, String relation, String scope, double confidence,
                            String explanation, List<String> evidence, String status, String detectorVersion,
                            OffsetDateTime detectedAt, OffsetDateTime updatedAt, int version,
                            List<PairedStatement> statements) {

    /** One side of the pair, as a fact-checker needs to see it. */
    public record PairedStatement(long id, String sourceId, String speakerId, String statedOn, String text) {
    }
}
