package io.claimwatch.article;

import io.claimwatch.web.Preconditions;

/**
 * A draft statement read from an article, as stored and shown for review: the claim, the speaker
 * as the article names them and the catalog entries they were matched to (or the ids proposed for
 * new, unverified ones, listed in {@code proposed}), the date with the phrase that gave it, the
 * claim's span in the article, a confidence, and the statement it became once accepted.
 */
public record ArticleDraft(long id, long articleId, int position, String text, String quote,
                           Speaker speaker, String sourceId, String reportedBy, String reportedById,
                           String statedOn, String datePhrase, String dateBasis, Span span, double confidence,
                           String cue, java.util.List<String> proposed, Long statementId, String status, int version) {

    /** The speaker as found in the text, and the speaker entry matched or proposed. */
    public record Speaker(String name, String title, String organisation, String country, String phrase, String id) {
    }

    public record Span(int start, int end) {
    }

    public String etag() {
        return Preconditions.etag(version);
    }

    /** The fields a reviewer may change with PATCH. */
    public DraftInput toInput() {
        return new DraftInput(text, quote, speaker.id(), speaker.name(), speaker.title(), sourceId,
                speaker.organisation(), reportedById, statedOn);
    }
}
