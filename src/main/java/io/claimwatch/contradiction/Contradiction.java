package io.claimwatch.contradiction;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimwatch.web.Preconditions;
import java.time.OffsetDateTime;
import java.util.List;

/** A flagged pair of statements with the detector's verdict and its review status. */
public record Contradiction(long id, String kind, String relation, String scope, double confidence,
                            String explanation, List<String> evidence, String status, String reviewNote,
                            String reviewer, List<Review> history, String detectorVersion,
                            OffsetDateTime detectedAt, OffsetDateTime updatedAt, int version,
                            List<PairedStatement> statements) {

    /** The strong ETag of this version, for If-Match on review. */
    public String etag() {
        return Preconditions.etag(version);
    }

    Contradiction withHistory(List<Review> reviews) {
        return new Contradiction(id, kind, relation, scope, confidence, explanation, evidence, status, reviewNote,
                reviewer, List.copyOf(reviews), detectorVersion, detectedAt, updatedAt, version, statements);
    }

    /**
     * One entry of the history, kept forever: a fact-checker's decision ({@code action} review) or
     * what detection did (updated, withdrawn, restored; reviewer null, the note says why).
     */
    public record Review(String status, String note, String reviewer, OffsetDateTime at, String action) {

        public static final String REVIEW = "review";

        public Review {
            action = action == null ? REVIEW : action; // datasets written before detection kept history
        }

        public Review(String status, String note, String reviewer, OffsetDateTime at) {
            this(status, note, reviewer, at, REVIEW);
        }
    }

    /**
     * One side of the pair, as a fact-checker needs to see it; {@code deleted} is true (and the
     * rest is as it was) when the statement has been deleted, absent otherwise.
     */
    public record PairedStatement(long id, String sourceId, String speakerId, String statedOn, String text,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Boolean deleted) {

        public PairedStatement(long id, String sourceId, String speakerId, String statedOn, String text) {
            this(id, sourceId, speakerId, statedOn, text, null);
        }

        PairedStatement asDeleted() {
            return new PairedStatement(id, sourceId, speakerId, statedOn, text, true);
        }
    }
}
