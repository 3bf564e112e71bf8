package io.claimwatch.console;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Links built from the current request. */
public final class Urls {

    private Urls() {
    }

    /** This page's path and query with {@code name} set to {@code value}. */
    static String with(Context ctx, String name, String value) {
        String query = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals(name))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + encode(name) + "=" + encode(value);
    }

    /** Scheme, host and port the browser used, for absolute links in published JSON-LD. */
    public static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
