package io.claimwatch.article;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.statement.StatementInput;
import io.claimwatch.web.Checks;

/**
 * A reviewer's fix to a draft, merged over its current values: the text and quote kind, the speaker
 * (an existing or new id, with the name and title for a new one), the source (id, and the name for a
 * new one), the outlet that carried it, and the date. A null speakerId means the source itself speaks.
 */
public record DraftInput(String text, String quote, String speakerId, String speakerName, String speakerTitle,
                         String sourceId, String sourceName, String reportedById, String statedOn) {

    void validate() {
        Checks checks = new Checks()
                .required("text", text, 20_000)
                .oneOf("quote", quote, StatementInput.QUOTE_KINDS)
                .slug("sourceId", sourceId)
                .maxLength("speakerName", speakerName, 300)
                .maxLength("speakerTitle", speakerTitle, 300)
                .maxLength("sourceName", sourceName, 300);
        if (speakerId != null) {
            checks.slug("speakerId", speakerId);
        }
        if (reportedById != null) {
            checks.slug("reportedById", reportedById);
        }
        try {
            DateSpan.parse(statedOn);
        } catch (IllegalArgumentException e) {
            checks.add("statedOn", e.getMessage());
        }
        checks.orThrow();
    }
}
