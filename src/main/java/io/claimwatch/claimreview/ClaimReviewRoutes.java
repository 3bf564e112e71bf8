package io.claimwatch.claimreview;

import io.claimwatch.web.Preconditions;
import io.javalin.config.RoutesConfig;
import io.claimwatch.console.Urls;

/** GET /api/v1/contradictions/{id}/claimreview and /api/v1/export/claimreview: published findings. */
public final class ClaimReviewRoutes {

    static final String JSON_LD = "application/ld+json";
    private final ClaimReviewService service;

    public ClaimReviewRoutes(ClaimReviewService service) {
        this.service = service;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/contradictions/{id}/claimreview", ctx -> {
            var review = service.of(Preconditions.longId(ctx, "contradiction"), Urls.base(ctx));
            ctx.json(review).contentType(JSON_LD);
        });
        routes.get("/api/v1/export/claimreview", ctx -> {
            ctx.contentType(JSON_LD).header("Content-Disposition", "attachment; filename=\"claimreview.json\"");
            service.export(Urls.base(ctx), ctx.outputStream());
        });
    }
}
