package io.claimwatch.compare;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.web.Checks;

/** The two statements to compare, each a stored one (by id) or one written inline. */
public record CompareInput(Side a, Side b) {

    /** {@code statementId} alone, or {@code text} and {@code statedOn} with an optional source and speaker. */
    public record Side(Long statementId, String text, String statedOn, String sourceId, String speakerId) {

        void validate(String field, Checks checks) {
            if (statementId != null) {
                if (text != null || statedOn != null || sourceId != null || speakerId != null) {
                    checks.add(field, "give statementId alone, or text and statedOn without it");
                }
                return;
            }
            checks.required(field + ".text", text, 20_000).required(field + ".statedOn", statedOn, 32)
                    .maxLength(field + ".sourceId", sourceId, 64).maxLength(field + ".speakerId", speakerId, 64);
            if (statedOn != null && !statedOn.isBlank()) {
                try {
                    DateSpan.parse(statedOn);
                } catch (IllegalArgumentException e) {
                    checks.add(field + ".statedOn", e.getMessage());
                }
            }
        }
    }

    public void validate() {
        Checks checks = new Checks();
        if (a == null) {
            checks.add("a", "is required");
        } else {
            a.validate("a", checks);
        }
        if (b == null) {
            checks.add("b", "is required");
        } else {
            b.validate("b", checks);
        }
        checks.orThrow();
    }
}
