package io.claimwatch.event;

import io.claimwatch.web.ApiProblem;
import io.javalin.config.RoutesConfig;

/** GET /api/v1/events: Server-Sent Events of statement and contradiction changes. */
public final class EventRoutes {

    public static final String PATH = "/api/v1/events";
    private final EventHub hub;

    public EventRoutes(EventHub hub) {
        this.hub = hub;
    }

    public void register(RoutesConfig routes) {
        // checked before the stream opens: once it is open the status is 200 whatever happens
        routes.before(PATH, ctx -> lastEventId(ctx.header("Last-Event-ID"), ctx.queryParam("lastEventId")));
        routes.sse(PATH, client -> {
            Long lastEventId = lastEventId(client.ctx().header("Last-Event-ID"), client.ctx().queryParam("lastEventId"));
            client.keepAlive();
            hub.subscribe(client, lastEventId);
            client.sendComment("connected"); // after subscribing: from here on the client misses nothing
        });
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
