package io.claimwatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every error leaves the service as application/problem+json (RFC 9457), whatever raised it. */
public final class ProblemHandlers {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);
    private static final Pattern LEAK = Pattern.compile(
            "\\b(io\\.claimwatch|java|javax|jakarta|kotlin|org\\.(jooq|h2|postgresql|eclipse|flywaydb)|com\\.(fasterxml|zaxxer))\\.[a-z]"
            + "|\\b[A-Z]\\w+(Exception|Error)\\b|\\bSQL\\b|SQLSTATE|(?i:\\b(select .* from|insert into|delete from)\\s+[\\w\"]+)");

    private ProblemHandlers() {
    }

    public static void register(JavalinConfig config) {
        config.routes.exception(ApiProblem.class, (e, ctx) -> write(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, new ApiProblem(e.getStatus(), titleFor(e.getStatus()), e.getMessage(), List.of())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("unhandled error on {} {} (request {})", ctx.method(), ctx.path(), Conventions.requestId(ctx), e);
            write(ctx, new ApiProblem(500, "Internal error", "the server failed; the error was logged", List.of()));
        });
        config.routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, new ApiProblem(404, "Not found", "no route for " + ctx.method() + " " + ctx.path(), List.of()));
            }
        });
        config.routes.error(405, ctx -> {
            ctx.header("Allow", allowed(config, ctx.path()));
            if (!isProblem(ctx)) {
                write(ctx, new ApiProblem(405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path(), List.of()));
            }
        });
    }

    /** The methods some route serves at {@code path}, for the Allow header of a 405. */
    private static String allowed(JavalinConfig config, String path) {
        return config.unsafe.internalRouter.allHttpHandlers().stream().filter(parsed -> parsed.matches(path))
                .map(parsed -> parsed.endpoint.method.name()).distinct().sorted().collect(Collectors.joining(", "));
    }

    /** A problem or an HTML page (the console's own error pages) already written: leave it. */
    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && (type.startsWith(CONTENT_TYPE) || type.startsWith("text/html"));
    }

    static void write(Context ctx, ApiProblem problem) {
        if (problem instanceof RetryLater later) {
            ctx.header("Retry-After", Long.toString(later.seconds()));
        }
        ctx.status(problem.status()).json(body(problem, ctx.path())).contentType(CONTENT_TYPE);
    }

    /** The problem document, also written by the Jetty-level guards that answer before Javalin runs. */
    public static Map<String, Object> body(ApiProblem problem, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://claimwatch.io/problems/" + problem.status());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", scrub(problem.getMessage()));
        body.put("instance", path);
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors().stream()
                    .map(error -> new ApiProblem.FieldError(scrub(error.field()), scrub(error.message()))).toList());
        }
        return body;
    }

    /**
     * The last guard against leaks: a message that names a Java class or package, or quotes SQL,
     * says only that the input is invalid. Checks throughout the code should make this never fire.
     */
    static String scrub(String text) {
        if (text == null || !LEAK.matcher(text).find()) {
            return text;
        }
        log.warn("a problem message would have leaked internals and was replaced: {}", text);
        return "the request is invalid";
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 408 -> "Request timeout";
            case 429 -> "Too many requests";
            default -> "HTTP " + status;
        };
    }
}
