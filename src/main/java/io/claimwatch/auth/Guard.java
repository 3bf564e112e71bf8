package io.claimwatch.auth;

import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ClientKey;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Checks every matched request against {@link Access} before its handler runs. Until the first key
 * is made the server is open (it only listens on loopback then, see {@link #refuseOpenNetwork});
 * afterwards every route but the PUBLIC ones needs a Bearer key of a strong enough role.
 */
public final class Guard {

    private static final String KEY = "claimwatch.apiKey";
    private static final String CHALLENGE = "Bearer realm=\"claimwatch\"";

    private final ApiKeys keys;
    private final boolean publicRead;

    public Guard(ApiKeys keys, boolean publicRead) {
        this.keys = keys;
        this.publicRead = publicRead;
    }

    /**
     * A plain before-handler that finds the route itself, so the check runs ahead of every other
     * route's own before-handlers (a 401 is never hidden behind a 400 about a parameter).
     */
    public void register(JavalinConfig cfg) {
        cfg.routes.before(ctx -> check(ctx, cfg.unsafe.internalRouter.findFirstHttpHandlerEntry(ctx.method(), ctx.path())));
    }

    /** The key that authenticated this request; empty while the server is open or the route public. */
    public static Optional<ApiKey> key(Context ctx) {
        return Optional.ofNullable(ctx.attribute(KEY));
    }

    /** A server reachable from other hosts must not start with nobody able to lock it. */
    public static void refuseOpenNetwork(String host, ApiKeys keys) {
        if (!isLoopback(host) && !keys.secured()) {
            throw new IllegalStateException("refusing to listen on " + host + " with no API keys: create one first "
                    + "(claimwatch keys create --name NAME --role admin --db ...) or listen on 127.0.0.1");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false; // Jetty will say it cannot bind; nothing is opened meanwhile
        }
    }

    private void check(Context ctx, ParsedEndpoint matched) {
        if (matched == null) {
            return; // no such route: the 404 or 405 says so to anyone
        }
        Endpoint endpoint = matched.endpoint;
        String method = ctx.method().name();
        Role required = Access.required(method, endpoint.path);
        if (required == Role.PUBLIC || !keys.secured()) {
            return;
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            if (publicRead && required == Role.READER && isApiRead(method, endpoint.path)) {
                return;
            }
            throw unauthorized(ctx, CHALLENGE, "this needs an API key: send Authorization: Bearer <key>");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized(ctx, CHALLENGE + ", error=\"invalid_request\"", "only Bearer keys are accepted");
        }
        ApiKey key = keys.authenticate(authorization.substring(7).trim()).orElseThrow(() ->
                unauthorized(ctx, CHALLENGE + ", error=\"invalid_token\"", "the key is unknown or revoked"));
        if (!key.role().covers(required)) {
            throw new ApiProblem(403, "Forbidden", "this needs the " + required.json() + " role; the key '"
                    + key.name() + "' is a " + key.role().json(), List.of());
        }
        ctx.attribute(KEY, key);
        ctx.attribute(ClientKey.AUTHENTICATED_KEY, key.name());
    }

    /** --public-read opens the API's reads, not the operators' metrics. */
    private static boolean isApiRead(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && path.startsWith("/api/");
    }

    private static ApiProblem unauthorized(Context ctx, String challenge, String detail) {
        ctx.header("WWW-Authenticate", challenge);
        return new ApiProblem(401, "Unauthorized", detail, List.of(new ApiProblem.FieldError("Authorization", detail)));
    }
}
