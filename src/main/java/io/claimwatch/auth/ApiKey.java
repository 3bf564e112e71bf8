package io.claimwatch.auth;

import java.time.OffsetDateTime;

/** A stored key as anyone may see it: never the token, which only its creator ever saw. */
public record ApiKey(String name, Role role, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
