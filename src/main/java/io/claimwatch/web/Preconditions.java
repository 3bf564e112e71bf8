package io.claimwatch.web;

import io.javalin.http.Context;

/** Optimistic locking over HTTP: strong ETags from a version, If-Match required and checked. */
public final class Preconditions {

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

    /** A 412 unless {@code ifMatch} names the version that is current (a weak tag counts as its strong one). */
    public static void requireCurrent(String ifMatch, int currentVersion) {
        String current = etag(currentVersion);
        if (!current.equals(ifMatch.replaceFirst("^W/", ""))) {
            throw ApiProblem.stale(current);
        }
    }

    /** A numeric path id, or a 404 naming {@code kind} when the path holds something else. */
    public static long longId(Context ctx, String kind) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound(kind, ctx.pathParam("id"));
        }
    }
}
