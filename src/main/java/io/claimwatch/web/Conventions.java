package io.claimwatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * HTTP as clients expect it, for every route at once: a request id, nosniff, strict URLs (no broken
 * percent-encoding, no control characters), strong ETags with RFC 9110 If-None-Match, and HEAD.
 */
public final class Conventions {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Logger log = LoggerFactory.getLogger("claimwatch.requests");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private Conventions() {
    }

    public static void register(JavalinConfig cfg) {
        cfg.routes.before(Conventions::before);
        cfg.routes.after(Conventions::conditionalGet);
    }

    /** The request id of this request, echoed or made here. */
    public static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "-" : id;
    }

    /** Logs one line per request with its id, so a client's X-Request-Id finds the server's side. */
    public static void log(Context ctx, float millis) {
        log.info("{} {} {} {} {}ms", requestId(ctx), ctx.method().name(), ctx.path(), ctx.statusCode(), Math.round(millis));
    }

    /** A HEAD route beside every GET route: same handler, Jetty sends the headers without the body. */
    public static void addHeadRoutes(InternalRouter router) {
        List<Endpoint> gets = router.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(e -> e.method.equals(HandlerType.GET)).toList();
        for (Endpoint get : gets) {
            if (!router.hasHttpHandlerEntry(HandlerType.HEAD, get.path)) {
                router.addHttpEndpoint(new Endpoint(HandlerType.HEAD, get.path, get.handler));
            }
        }
    }

    private static void before(Context ctx) {
        String given = ctx.header(REQUEST_ID);
        String id = given != null && CLIENT_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(REQUEST_ID, id);
        MDC.put("requestId", id);
        ctx.header(REQUEST_ID, id);
        ctx.header("X-Content-Type-Options", "nosniff");
        String query = ctx.queryString();
        if (query != null && BAD_PERCENT.matcher(query).find()) {
            throw ApiProblem.badRequest("query", "malformed percent-encoding: '%' must be followed by two hex digits");
        }
        ctx.queryParamMap().forEach((name, values) -> {
            if (hasControl(name) || values.stream().anyMatch(Conventions::hasControl)) {
                throw ApiProblem.badRequest(hasControl(name) ? "query" : name, "must not contain control characters");
            }
        });
        if (hasControl(ctx.path())) {
            throw ApiProblem.badRequest("path", "must not contain control characters");
        }
    }

    static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /**
     * Every GET answer held in memory gets a strong, quoted ETag (its own, or a hash of its body);
     * a matching If-None-Match (a list, weak or strong, or *) turns it into a 304.
     */
    private static void conditionalGet(Context ctx) {
        MDC.remove("requestId");
        boolean get = ctx.method().equals(HandlerType.GET) || ctx.method().equals(HandlerType.HEAD);
        InputStream result = ctx.resultInputStream();
        if (!get || ctx.statusCode() != 200 || result == null) {
            return;
        }
        if (ctx.res().getHeader("ETag") == null) {
            hashedBody(ctx, result);
        }
        if (Preconditions.matchesAny(ctx.header("If-None-Match"), ctx.res().getHeader("ETag"), true)) {
            ctx.status(304).result(new byte[0]);
        }
    }

    /** Reads the answer {@code result} into memory, sends it as those bytes and tags it with their hash. */
    static byte[] hashedBody(Context ctx, InputStream result) {
        byte[] body = readAll(result);
        ctx.result(body);
        ctx.header("ETag", etagOf(body));
        return body;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strong, quoted ETag of a body: a hash of its bytes. */
    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
