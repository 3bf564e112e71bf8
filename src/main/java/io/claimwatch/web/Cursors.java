package io.claimwatch.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Opaque keyset cursors. A cursor names the last key a client saw, so walking a list never
 * repeats or skips a row even while new rows arrive (new ids sort after every cursor). A cursor
 * handed to a client also carries the filters of the query that made it ({@link #bind}).
 */
public final class Cursors {

    private static final String PREFIX = "k1:";
    private static final String QUERY_PREFIX = "q1\n";

    private Cursors() {
    }

    public static String encode(String lastKey) {
        return base64(PREFIX + lastKey);
    }

    /** The last key named by the cursor, or null for the first page. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String text = text(cursor);
        if (!text.startsWith(PREFIX) || Conventions.hasControl(text)) {
            throw forged();
        }
        return text.substring(PREFIX.length());
    }

    public static long decodeLong(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return 0L;
        }
        Long id = Preconditions.parseId(key);
        if (id == null) {
            throw forged();
        }
        return id;
    }

    /** {@code inner} (a service's cursor) wrapped with the query's filters, for the client. */
    public static String bind(String inner, Map<String, String> filters) {
        StringBuilder query = new StringBuilder();
        new TreeMap<>(filters).forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return base64(QUERY_PREFIX + query + "\n" + inner);
    }

    /** A bound cursor taken apart: the filters it was made for and the service's own cursor. */
    public record Bound(Map<String, String> filters, String inner) {
    }

    public static Bound unbind(String cursor) {
        String text = text(cursor);
        String[] parts = text.split("\n", -1);
        if (!text.startsWith(QUERY_PREFIX) || parts.length != 3) {
            throw forged();
        }
        Map<String, String> filters = new TreeMap<>();
        try {
            for (String pair : parts[1].isEmpty() ? new String[0] : parts[1].split("&")) {
                int eq = pair.indexOf('=');
                filters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw forged();
        }
        return new Bound(filters, parts[2]);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw forged();
        }
    }

    private static ApiProblem forged() {
        return ApiProblem.badRequest("cursor", "is not a cursor this service issued");
    }
}
