package io.claimwatch.console;

import java.time.Instant;

/** One browser's session: its CSRF token (sent back in every form) and who is signed in. */
public record Session(String id, String csrf, Viewer viewer, Instant lastSeen) {

    Session seen(Instant now) {
        return new Session(id, csrf, viewer, now);
    }
}
