package io.claimwatch.web;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Optimistic locking over HTTP (RFC 9110): strong ETags from a version, If-Match required and checked. */
public final class Preconditions {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?(\"[\\x21\\x23-\\x7e]*\")\\s*(,|$)");
    /** ASCII digits, no sign, no leading zero: one spelling per id, so "+1", "01" and "١" name nothing. */
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private Preconditions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The request's If-Match, or a 428 when it has none. */
    public static String ifMatch(Context ctx) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        return ifMatch.trim();
    }

    /** A 412 unless {@code ifMatch} is * or lists the current version (strong comparison: weak tags never match). */
    public static void requireCurrent(String ifMatch, int currentVersion) {
        requireCurrent(ifMatch, etag(currentVersion));
    }

    /** The same for a resource whose ETag is not a version number. */
    public static void requireCurrent(String ifMatch, String current) {
        if (!matchesAny(ifMatch, current, false)) {
            throw ApiProblem.stale(current);
        }
    }

    /**
     * Whether an If-Match / If-None-Match value matches {@code etag} of an existing resource:
     * "*" matches anything, else one of the listed tags; {@code weak} comparison ignores W/.
     */
    public static boolean matchesAny(String header, String etag, boolean weak) {
        if (header == null || header.isBlank()) {
            return false;
        }
        if (header.trim().equals("*")) {
            return true;
        }
        Matcher m = TAG.matcher(header);
        int at = 0;
        while (at < header.length() && m.find(at) && m.start() == at) {
            boolean isWeak = m.group(1) != null;
            if (m.group(2).equals(etag) && (weak || !isWeak)) {
                return true;
            }
            at = m.end();
        }
        return false;
    }

    /** A numeric path id, or a 404 naming {@code kind} when the path holds something else. */
    public static long longId(Context ctx, String kind) {
        Long id = parseId(ctx.pathParam("id"));
        if (id == null) {
            throw ApiProblem.notFound(kind, ctx.pathParam("id"));
        }
        return id;
    }

    /** A positive id in its one ASCII spelling, or null. */
    public static Long parseId(String text) {
        return text != null && ID.matcher(text).matches() ? Long.parseLong(text) : null;
    }
}
