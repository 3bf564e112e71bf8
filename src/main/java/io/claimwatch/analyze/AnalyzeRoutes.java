package io.claimwatch.analyze;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.statement.ClaimExtractor;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.Checks;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Set;

/** POST /api/v1/analyze: the claims a text yields, so a user can see why a verdict came out as it did. */
public final class AnalyzeRoutes {

    public static final String PATH = "/api/v1/analyze";

    private final ClaimExtractor extractor;
    private final Bodies bodies;

    public AnalyzeRoutes(ClaimExtractor extractor, Bodies bodies) {
        this.extractor = extractor;
        this.bodies = bodies;
    }

    record AnalyzeRequest(String text, String statedOn) {
    }

    record AnalyzeResponse(List<Claim> claims, Set<String> keys) {
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, ctx -> {
            AnalyzeRequest request = bodies.read(ctx, AnalyzeRequest.class);
            Checks checks = new Checks().required("text", request.text(), 20_000).required("statedOn", request.statedOn(), 32);
            DateSpan statedOn = null;
            try {
                statedOn = request.statedOn() == null ? null : DateSpan.parse(request.statedOn());
            } catch (IllegalArgumentException e) {
                checks.add("statedOn", e.getMessage());
            }
            checks.orThrow();
            List<Claim> claims = extractor.extract(request.text(), statedOn);
            ctx.json(new AnalyzeResponse(claims, Claim.keysOf(claims)));
        });
    }
}
