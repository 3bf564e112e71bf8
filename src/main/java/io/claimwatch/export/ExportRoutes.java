package io.claimwatch.export;

import io.claimwatch.contradiction.ContradictionRoutes;
import io.claimwatch.statement.StatementRoutes;
import io.claimwatch.web.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/** GET /api/v1/export/statements and /export/contradictions: the list filters, every match, streamed. */
public final class ExportRoutes {

    public static final String PATH = "/api/v1/export";
    private static final Set<String> FORMAT = Set.of("format");

    private final ExportService service;

    public ExportRoutes(ExportService service) {
        this.service = service;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH + "/statements", ctx -> {
            QueryParams params = new QueryParams(ctx).allowOnly(QueryParams.union(StatementRoutes.FILTER_PARAMS, FORMAT));
            var filter = StatementRoutes.filter(params);
            service.statements(filter, start(ctx, params, "statements"), ctx.outputStream());
        });
        routes.get(PATH + "/contradictions", ctx -> {
            QueryParams params = new QueryParams(ctx).allowOnly(QueryParams.union(ContradictionRoutes.FILTER_PARAMS, FORMAT));
            var filter = ContradictionRoutes.filter(params);
            service.contradictions(filter, start(ctx, params, "contradictions"), ctx.outputStream());
        });
    }

    /** Chooses the format and sets the headers; after this the body streams and the status is fixed. */
    private static ExportFormat start(Context ctx, QueryParams params, String name) {
        ExportFormat format = ExportFormat.choose(params.string("format"), ctx.header("Accept"));
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"");
        return format;
    }
}
