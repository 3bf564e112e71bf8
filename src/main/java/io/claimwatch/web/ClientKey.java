package io.claimwatch.web;

import io.javalin.http.Context;

/**
 * Who a request counts against for rate limits and stream caps: the API key that authenticated
 * it, else its address. An unchecked bearer token never counts: made-up tokens would each get a
 * fresh allowance (and a map entry).
 */
public final class ClientKey {

    /** The request attribute where the auth filter leaves the name of the key it accepted. */
    public static final String AUTHENTICATED_KEY = "claimwatch.authenticatedKey";

    private ClientKey() {
    }

    public static String of(Context ctx) {
        String key = ctx.attribute(AUTHENTICATED_KEY);
        return key != null ? "key:" + key : "ip:" + ctx.ip();
    }
}
