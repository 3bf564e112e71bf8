package io.claimwatch.console;

import java.time.Instant;

/** One browser's session: its CSRF token (sent back in every form) and who signed in, null for nobody yet. */
public record Session(String id, String csrf, Viewer signedIn, Instant lastSeen) {

    Session seen(Instant now) {
        return new Session(id, csrf, signedIn, now);
    }
}
