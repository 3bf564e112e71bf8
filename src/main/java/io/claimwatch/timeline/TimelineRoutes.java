package io.claimwatch.timeline;

import io.javalin.config.RoutesConfig;

/** GET /api/v1/topics/{id}/timeline. */
public final class TimelineRoutes {

    public static final String PATH = "/api/v1/topics/{id}/timeline";
    private final TimelineService service;

    public TimelineRoutes(TimelineService service) {
        this.service = service;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.json(service.timeline(ctx.pathParam("id"))));
    }
}
