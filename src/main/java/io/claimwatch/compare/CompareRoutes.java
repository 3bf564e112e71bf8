package io.claimwatch.compare;

import io.claimwatch.web.Bodies;
import io.javalin.config.RoutesConfig;

/** POST /api/v1/compare: the verdict on two statements, or why each rule declined it. */
public final class CompareRoutes {

    public static final String PATH = "/api/v1/compare";

    private final CompareService service;
    private final Bodies bodies;

    public CompareRoutes(CompareService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, ctx -> ctx.json(service.compare(bodies.read(ctx, CompareInput.class))));
    }
}
