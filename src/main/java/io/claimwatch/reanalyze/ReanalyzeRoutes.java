package io.claimwatch.reanalyze;

import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Preconditions;
import io.claimwatch.web.QueryParams;
import io.javalin.config.RoutesConfig;
import java.util.Set;

/** POST /api/v1/reanalyze starts a background run (202 + Location); GET /api/v1/reanalyze/{id} shows its progress. */
public final class ReanalyzeRoutes {

    public static final String PATH = "/api/v1/reanalyze";

    private final ReanalyzeJobs jobs;

    public ReanalyzeRoutes(ReanalyzeJobs jobs) {
        this.jobs = jobs;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, ctx -> {
            QueryParams params = new QueryParams(ctx).allowOnly(Set.of("topicId", "onlyOutdated"));
            String onlyOutdated = params.oneOf("onlyOutdated", Set.of("true", "false"));
            ReanalyzeJobs.Job job = jobs.submit(new ReanalyzeService.Request(params.string("topicId"), "true".equals(onlyOutdated)));
            ctx.status(202).header("Location", PATH + "/" + job.id()).json(job);
        });
        routes.get(PATH + "/{id}", ctx -> {
            long id = Preconditions.longId(ctx, "re-analysis job");
            ctx.json(jobs.get(id).orElseThrow(() -> ApiProblem.notFound("re-analysis job", id)));
        });
    }
}
