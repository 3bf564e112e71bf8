package io.claimwatch.contradiction;

import io.claimwatch.auth.Guard;
import io.claimwatch.detection.Kind;
import io.claimwatch.detection.Relation;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.Preconditions;
import io.claimwatch.web.QueryParams;
import io.claimwatch.web.ReadCache;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** HTTP for /api/v1/contradictions; the work is in {@link ContradictionService}. */
public final class ContradictionRoutes {

    public static final String PATH = "/api/v1/contradictions";
    public static final Set<String> STATUSES = Set.of("open", "confirmed", "dismissed", "resolved");
    /** Every status a contradiction can be in: the review decisions, and withdrawn (no longer found). */
    public static final Set<String> ALL_STATUSES = QueryParams.union(STATUSES, Set.of("withdrawn"));
    private static final Set<String> KINDS = Arrays.stream(Kind.values()).map(Kind::json).collect(Collectors.toSet());
    private static final Set<String> RELATIONS = Arrays.stream(Relation.values()).map(Relation::json).collect(Collectors.toSet());
    /** The list filters, shared with the export of contradictions. */
    public static final Set<String> FILTER_PARAMS = Set.of("topicId", "sourceId", "statementId", "kind", "relation",
            "scope", "status", "minConfidence", "from", "to");
    private static final Set<String> LIST_PARAMS = QueryParams.union(FILTER_PARAMS, Set.of("limit", "cursor"));

    private final ContradictionService service;
    private final Bodies bodies;
    private final ReadCache reads;

    public ContradictionRoutes(ContradictionService service, Bodies bodies, ReadCache reads) {
        this.service = service;
        this.bodies = bodies;
        this.reads = reads;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, reads.cached(this::list));
        routes.get(PATH + "/{id}", ctx -> send(ctx, service.get(id(ctx))));
        routes.patch(PATH + "/{id}", this::review);
    }

    private void review(Context ctx) {
        String ifMatch = Preconditions.ifMatch(ctx);
        send(ctx, service.review(id(ctx), ifMatch, withReviewer(ctx, bodies.read(ctx, ReviewInput.class))));
    }

    /**
     * Once keys exist the reviewer is the key's name: a body naming someone else is refused, not
     * silently overwritten, so a client that believes it signs as another person finds out.
     */
    private static ReviewInput withReviewer(Context ctx, ReviewInput input) {
        return Guard.key(ctx).map(key -> {
            if (input.reviewer() != null && !input.reviewer().equals(key.name())) {
                throw ApiProblem.badRequest("reviewer", "is the API key's name ('" + key.name() + "'); omit it");
            }
            return new ReviewInput(input.status(), input.note(), key.name());
        }).orElse(input);
    }

    private static long id(Context ctx) {
        return Preconditions.longId(ctx, "contradiction");
    }

    private static void send(Context ctx, Contradiction contradiction) {
        ctx.header("ETag", contradiction.etag()).json(contradiction);
    }

    private void list(Context ctx) {
        QueryParams params = new QueryParams(ctx).allowOnly(LIST_PARAMS);
        ctx.json(params.page(service.list(filter(params), params.cursor(), params.limit())));
    }

    public static ContradictionFilter filter(QueryParams params) {
        String statementId = params.string("statementId");
        return new ContradictionFilter(params.string("topicId"), params.string("sourceId"),
                statementId == null ? null : parseId("statementId", statementId),
                params.oneOf("kind", KINDS), params.oneOf("relation", RELATIONS), params.oneOf("scope", Scope.ALL),
                params.oneOf("status", ALL_STATUSES), params.number("minConfidence", 0, 1),
                params.date("from"), params.date("to"));
    }


    private static long parseId(String name, String value) {
        Long id = Preconditions.parseId(value);
        if (id == null) {
            throw ApiProblem.badRequest(name, "must be a statement id (a whole number)");
        }
        return id;
    }
}
