package io.claimwatch.dataset;

import io.claimwatch.web.Bodies;
import io.claimwatch.web.QueryParams;
import io.javalin.config.RoutesConfig;
import java.util.Set;

/** GET /api/v1/export/dataset and POST /api/v1/import. */
public final class DatasetRoutes {

    public static final String IMPORT_PATH = "/api/v1/import";

    private final DatasetService service;
    private final Bodies bodies;

    public DatasetRoutes(DatasetService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/export/dataset", ctx -> {
            new QueryParams(ctx).allowOnly(Set.of());
            ctx.contentType("application/json");
            ctx.header("Content-Disposition", "attachment; filename=\"claimwatch-dataset.json\"");
            service.export(ctx.outputStream(), Progress.NONE);
        });
        routes.post(IMPORT_PATH, ctx -> {
            String dryRun = new QueryParams(ctx).allowOnly(Set.of("dryRun")).oneOf("dryRun", Set.of("true", "false"));
            DatasetDocument doc = bodies.readLarge(ctx, DatasetDocument.class);
            ctx.json(service.importDocument(doc, "true".equals(dryRun), Progress.NONE));
        });
    }
}
