package io.claimwatch.event;

import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ClientKey;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * GET /api/v1/events: Server-Sent Events of statement and contradiction changes, whatever the
 * Accept header says (plain {@code curl -N} streams too), each client written by its own thread.
 */
public final class EventRoutes {

    public static final String PATH = "/api/v1/events";
    private final EventHub hub;

    public EventRoutes(EventHub hub) {
        this.hub = hub;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> stream(hub, ctx));
    }

    /** Answers {@code ctx} with the event stream of {@code hub}; the console's page stream uses it too. */
    public static void stream(EventHub hub, Context ctx) throws IOException {
        // checked before the stream opens: once it is open the status is 200 whatever happens
        Long lastEventId = lastEventId(ctx.header("Last-Event-ID"), ctx.queryParam("lastEventId"));
        EventHub.Subscription subscription = hub.subscribe(ClientKey.of(ctx), lastEventId, abort(ctx));
        try {
            ctx.status(200).contentType("text/event-stream").header("Cache-Control", "no-cache")
                    .header("X-Accel-Buffering", "no");
            ctx.res().setCharacterEncoding("UTF-8");
            ctx.res().flushBuffer();
        } catch (IOException | RuntimeException e) {
            subscription.cancel();
            throw e;
        }
        // the request thread goes back to Jetty; this client's writer runs until it leaves or is dropped
        ctx.async(task -> task.timeout = 0, () -> subscription.run(new SseClient(ctx)));
    }

    /** Cuts the client's connection, which also frees a writer blocked on a socket nobody reads. */
    private static Runnable abort(Context ctx) {
        var endPoint = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                .getConnection().getEndPoint();
        return () -> endPoint.close(new IOException("event stream dropped"));
    }

    /** Browsers resend the header on reconnect; the query parameter serves clients that cannot set headers. */
    private static Long lastEventId(String header, String query) {
        String value = header != null && !header.isBlank() ? header : query;
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("Last-Event-ID", "must be an event id this service sent");
        }
    }
}
