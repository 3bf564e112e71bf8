package io.claimwatch.statement;

import io.claimwatch.web.Bodies;
import io.claimwatch.web.Preconditions;
import io.claimwatch.web.QueryParams;
import io.claimwatch.web.ReadCache;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/** HTTP for /api/v1/statements: parsing, status codes and headers; the work is in {@link StatementService}. */
public final class StatementRoutes {

    public static final String PATH = "/api/v1/statements";
    /** The list filters, shared with the export of statements. */
    public static final Set<String> FILTER_PARAMS =
            Set.of("topicId", "sourceId", "speakerId", "reportedById", "from", "to", "q");
    private static final Set<String> LIST_PARAMS = QueryParams.union(FILTER_PARAMS, Set.of("limit", "cursor"));

    private final StatementService service;
    private final Bodies bodies;
    private final ReadCache reads;

    public StatementRoutes(StatementService service, Bodies bodies, ReadCache reads) {
        this.service = service;
        this.bodies = bodies;
        this.reads = reads;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::create);
        routes.get(PATH, reads.cached(this::list));
        routes.get(PATH + "/{id}", ctx -> send(ctx, service.get(id(ctx))));
        routes.patch(PATH + "/{id}", this::change);
        routes.delete(PATH + "/{id}", ctx -> {
            QueryParams params = new QueryParams(ctx).allowOnly(Set.of("force"));
            boolean force = "true".equals(params.oneOf("force", Set.of("true", "false")));
            service.delete(id(ctx), Preconditions.ifMatch(ctx), force);
            ctx.status(204);
        });
    }

    private void create(Context ctx) {
        boolean wait = !"false".equals(new QueryParams(ctx).allowOnly(Set.of("wait")).oneOf("wait", Set.of("true", "false")));
        StatementService.Saved saved = service.create(bodies.read(ctx, StatementInput.class), wait);
        ctx.status(saved.created() ? 201 : 200).header("Location", PATH + "/" + saved.statement().id());
        send(ctx, saved.statement());
    }

    private void list(Context ctx) {
        QueryParams params = new QueryParams(ctx).allowOnly(LIST_PARAMS);
        ctx.json(params.page(service.list(filter(params), params.cursor(), params.limit())));
    }

    public static StatementFilter filter(QueryParams params) {
        return new StatementFilter(params.string("topicId"), params.string("sourceId"), params.string("speakerId"),
                params.string("reportedById"), params.date("from"), params.date("to"), params.string("q"));
    }

    private void change(Context ctx) {
        String ifMatch = Preconditions.ifMatch(ctx);
        var patch = bodies.readObject(ctx);
        send(ctx, service.change(id(ctx), ifMatch, current -> bodies.merge(current, patch, StatementInput.class)));
    }

    private static long id(Context ctx) {
        return Preconditions.longId(ctx, "statement");
    }

    private static void send(Context ctx, Statement statement) {
        ctx.header("ETag", statement.etag()).json(statement);
    }

}
