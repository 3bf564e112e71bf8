package io.claimwatch.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors. A cursor names the last key a client saw, so walking a list never
 * repeats or skips a row even while new rows arrive (new ids sort after every cursor).
 */
public final class Cursors {

    private static final String PREFIX = "k1:";

    private Cursors() {
    }

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The last key named by the cursor, or null for the first page. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return text.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // fall through to the problem below
        }
        throw ApiProblem.badRequest("cursor", "is not a cursor this service issued");
    }

    public static long decodeLong(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return 0L;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("cursor", "is not a cursor this service issued");
        }
    }
}
