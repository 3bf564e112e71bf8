package io.claimwatch.auth;

import java.util.Arrays;
import java.util.Locale;

/**
 * Who may call a route, weakest first: each role may do everything the ones before it may.
 * {@code PUBLIC} is for routes only (health, the contract); no key is ever given it.
 */
public enum Role {
    PUBLIC, READER, REVIEWER, EDITOR, ADMIN;

    public boolean covers(Role required) {
        return compareTo(required) >= 0;
    }

    /** The name used in the CLI, the spec's {@code x-required-role} and the database. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A role a key may hold, from its name; null when there is none of that name. */
    public static Role ofKey(String name) {
        return Arrays.stream(values()).filter(r -> r != PUBLIC && r.json().equals(name)).findFirst().orElse(null);
    }
}
