package io.claimwatch.contradiction;

import io.claimwatch.web.Checks;

/** A fact-checker's decision on a flagged pair. */
public record ReviewInput(String status, String note, String reviewer) {

    public void validate() {
        Checks checks = new Checks().maxLength("note", note, 4000).maxLength("reviewer", reviewer, 200);
        if (status == null) {
            checks.add("status", "is required");
        }
        checks.oneOf("status", status, ContradictionRoutes.STATUSES).orThrow();
    }
}
