package io.claimwatch.contradiction;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.source.Source;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.statement.ClaimExtractor;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Bodies;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.function.Function;

/** POST /api/v1/check: what a statement would contradict if it were posted, storing nothing. */
public final class CheckRoutes {

    public static final String PATH = "/api/v1/check";

    private final ContradictionService service;
    private final ClaimExtractor extractor;
    private final Function<String, Source> sources;
    private final Function<String, Speaker> speakers;
    private final Function<String, ?> topics;
    private final Bodies bodies;

    /** The lookups take an id and throw a 404 problem when it is unknown. */
    public CheckRoutes(ContradictionService service, ClaimExtractor extractor, Function<String, Source> sources,
                       Function<String, Speaker> speakers, Function<String, ?> topics, Bodies bodies) {
        this.service = service;
        this.extractor = extractor;
        this.sources = sources;
        this.speakers = speakers;
        this.topics = topics;
        this.bodies = bodies;
    }

    record CheckResult(List<Claim> claims, List<ContradictionService.Finding> contradictions) {
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, ctx -> {
            CheckInput input = bodies.read(ctx, CheckInput.class);
            input.validate();
            Source source = input.sourceId() == null ? null : known("sourceId", input.sourceId(), sources);
            Speaker speaker = input.speakerId() == null ? null : known("speakerId", input.speakerId(), speakers);
            input.topicIds().forEach(topic -> known("topicIds", topic, topics));
            DateSpan statedOn = DateSpan.parse(input.statedOn());
            List<Claim> claims = extractor.extract(input.text(), statedOn);
            String label = source == null ? "The checked statement"
                    : ContradictionRepository.label(source.name(), speaker == null ? null : speaker.name());
            Party self = new Party(0, input.sourceId(), input.speakerId(), label, input.statedOn(), statedOn,
                    input.text(), claims, 0);
            ctx.json(new CheckResult(claims, service.check(self, input.topicIds())));
        });
    }

    private static <T> T known(String field, String id, Function<String, T> lookup) {
        return ApiProblem.referenced(field, () -> lookup.apply(id));
    }
}
