package io.claimwatch.web;

import io.claimwatch.metrics.Buckets;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** Counts and times requests per route template (not per raw path, which would explode the series). */
public final class RequestMetrics {

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Context ctx, float millis) {
        Timer.builder("http_server_requests")
                .description("HTTP requests by method, route template and status")
                .serviceLevelObjectives(Buckets.SECONDS)
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (millis * 1000), TimeUnit.MICROSECONDS);
    }

    private static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
