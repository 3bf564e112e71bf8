package io.claimwatch.stats;

import io.claimwatch.web.QueryParams;
import io.claimwatch.web.ReadCache;
import io.javalin.config.RoutesConfig;
import java.util.Set;

/** GET /api/v1/stats: dashboard counts, filtered by topic and dates. */
public final class StatsRoutes {

    public static final String PATH = "/api/v1/stats";
    private final StatsService service;
    private final ReadCache reads;

    public StatsRoutes(StatsService service, ReadCache reads) {
        this.service = service;
        this.reads = reads;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, reads.cached(ctx -> {
            QueryParams params = new QueryParams(ctx).allowOnly(Set.of("topicId", "from", "to"));
            ctx.json(service.stats(params.string("topicId"), params.date("from"), params.date("to")));
        }));
    }
}
