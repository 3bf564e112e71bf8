package io.claimwatch.web;

import io.claimwatch.Database;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Operational routes: health, Prometheus metrics, the API contract and its rendered docs. */
public final class OpsRoutes {

    private final Database database;
    private final PrometheusMeterRegistry metrics;
    private final byte[] spec = resource("api-spec/openapi.yaml");
    private final String docsPage = docsPage();

    public OpsRoutes(Database database, PrometheusMeterRegistry metrics) {
        this.database = database;
        this.metrics = metrics;
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> {
            // Flyway ran before the server started, so answering means migrated; the query checks the database
            boolean up = database.isHealthy();
            ctx.status(up ? 200 : 503).json(Map.of("status", up ? "up" : "down", "database", database.dialect().getName()));
        });
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(spec));
        routes.get("/docs", ctx -> ctx.html(docsPage));
    }

    private static String docsPage() {
        String version = Webjars.version("org.webjars", "swagger-ui");
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Claimwatch API</title>
                <link rel="stylesheet" href="/webjars/swagger-ui/%1$s/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="/webjars/swagger-ui/%1$s/swagger-ui-bundle.js"></script>
                <script>SwaggerUIBundle({url: '/openapi.yaml', dom_id: '#swagger-ui'});</script>
                </body></html>
                """.formatted(version);
    }

    private static byte[] resource(String name) {
        try (InputStream in = OpsRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
