package io.claimwatch.timeline;

import io.claimwatch.web.ReadCache;
import io.javalin.config.RoutesConfig;

/** GET /api/v1/topics/{id}/timeline. */
public final class TimelineRoutes {

    public static final String PATH = "/api/v1/topics/{id}/timeline";
    private final TimelineService service;
    private final ReadCache reads;

    public TimelineRoutes(TimelineService service, ReadCache reads) {
        this.service = service;
        this.reads = reads;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, reads.cached(ctx -> ctx.json(service.timeline(ctx.pathParam("id")))));
    }
}
