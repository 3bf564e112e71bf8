package io.claimwatch.dataset;

import io.claimwatch.web.Checks;
import io.claimwatch.web.Clock;
import java.time.OffsetDateTime;

/** What the API itself could never have stored: ids out of range, versions below 1, times out of order or ahead. */
final class ImportChecks {

    /** 2^53 - 1: the largest id every JSON client reads exactly, and far from the end of a bigint identity. */
    static final long MAX_ID = 9_007_199_254_740_991L;

    private ImportChecks() {
    }

    static void id(Checks checks, String field, long id) {
        if (id < 1 || id > MAX_ID) {
            checks.add(field, "must be from 1 to " + MAX_ID);
        }
    }

    static void version(Checks checks, int version) {
        if (version < 1) {
            checks.add("version", "must be at least 1");
        }
    }

    /** Created (or detected) no later than updated, updated no later than now (a few minutes of clock skew allowed). */
    static void times(Checks checks, String createdField, OffsetDateTime created, OffsetDateTime updated) {
        if (created == null) {
            checks.add(createdField, "is required");
        }
        if (updated == null) {
            checks.add("updatedAt", "is required");
        } else if (updated.isAfter(Clock.now().plusMinutes(5))) {
            checks.add("updatedAt", "must not be in the future");
        }
        if (created != null && updated != null && created.isAfter(updated)) {
            checks.add(createdField, "must not be after updatedAt");
        }
    }
}
