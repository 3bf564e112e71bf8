package io.claimwatch.article;

import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.Preconditions;
import io.claimwatch.web.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** HTTP for /api/v1/articles: parsing, status codes and headers; the work is in {@link ArticleService}. */
public final class ArticleRoutes {

    public static final String PATH = "/api/v1/articles";
    private static final String DRAFT = PATH + "/{id}/drafts/{draftId}";
    private static final Set<String> LIST_PARAMS = Set.of("outletId", "topicId", "from", "to", "limit", "cursor");

    private final ArticleService service;
    private final Bodies bodies;

    public ArticleRoutes(ArticleService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    /** What POST .../accept takes: the drafts to accept, or none for all. */
    record AcceptInput(List<Long> draftIds) {
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::create);
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", ctx -> ctx.json(service.get(id(ctx))));
        routes.post(PATH + "/{id}/accept", this::accept);
        routes.get(DRAFT, ctx -> send(ctx, service.draft(id(ctx), draftId(ctx))));
        routes.patch(DRAFT, this::change);
        routes.delete(DRAFT, ctx -> {
            service.deleteDraft(id(ctx), draftId(ctx));
            ctx.status(204);
        });
    }

    private void create(Context ctx) {
        QueryParams params = new QueryParams(ctx).allowOnly(Set.of("accept"));
        String accept = params.oneOf("accept", Set.of("true", "false"));
        Article article = service.create(bodies.read(ctx, ArticleInput.class), "true".equals(accept));
        ctx.status(201).header("Location", PATH + "/" + article.id()).json(article);
    }

    private void list(Context ctx) {
        QueryParams params = new QueryParams(ctx).allowOnly(LIST_PARAMS);
        ArticleFilter filter = new ArticleFilter(params.string("outletId"), params.string("topicId"),
                params.date("from"), params.date("to"));
        ctx.json(params.page(service.list(filter, params.cursor(), params.limit())));
    }

    private void accept(Context ctx) {
        List<Long> draftIds = bodies.readIfAny(ctx, AcceptInput.class).map(AcceptInput::draftIds).orElse(null);
        ctx.json(service.accept(id(ctx), draftIds));
    }

    private void change(Context ctx) {
        String ifMatch = Preconditions.ifMatch(ctx);
        var patch = bodies.readObject(ctx);
        send(ctx, service.change(id(ctx), draftId(ctx), ifMatch, current -> bodies.merge(current, patch, DraftInput.class)));
    }

    private static long id(Context ctx) {
        return Preconditions.longId(ctx, "article");
    }

    private static long draftId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("draftId"));
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("draft", ctx.pathParam("draftId"));
        }
    }

    private static void send(Context ctx, ArticleDraft draft) {
        ctx.header("ETag", draft.etag()).json(draft);
    }
}
