package io.claimwatch.catalog;

import io.claimwatch.web.Bodies;
import io.claimwatch.web.Preconditions;
import io.claimwatch.web.QueryParams;
import io.javalin.config.RoutesConfig;
import java.util.Set;

/** The five HTTP routes every catalog feature has; HTTP only, the work is in {@link CatalogService}. */
public final class CatalogRoutes<I extends CatalogInput, O extends CatalogEntry<I>> {

    private final String path;
    private final Class<I> inputType;
    private final CatalogService<I, O> service;
    private final Bodies bodies;

    public CatalogRoutes(String path, Class<I> inputType, CatalogService<I, O> service, Bodies bodies) {
        this.path = path;
        this.inputType = inputType;
        this.service = service;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post(path, ctx -> {
            O created = service.create(bodies.read(ctx, inputType));
            send(ctx.status(201).header("Location", path + "/" + created.id()), created);
        });
        routes.get(path, ctx -> {
            QueryParams params = new QueryParams(ctx).allowOnly(Set.of("limit", "cursor"));
            ctx.json(params.page(service.list(params.cursor(), params.limit())));
        });
        routes.get(path + "/{id}", ctx -> send(ctx, service.get(ctx.pathParam("id"))));
        routes.patch(path + "/{id}", ctx -> {
            String ifMatch = Preconditions.ifMatch(ctx);
            var patch = bodies.readObject(ctx);
            send(ctx, service.change(ctx.pathParam("id"), ifMatch, current -> bodies.merge(current, patch, inputType)));
        });
        routes.delete(path + "/{id}", ctx -> {
            service.delete(ctx.pathParam("id"), Preconditions.ifMatch(ctx));
            ctx.status(204);
        });
    }

    private static void send(io.javalin.http.Context ctx, CatalogEntry<?> entry) {
        ctx.header("ETag", entry.etag()).json(entry);
    }
}
