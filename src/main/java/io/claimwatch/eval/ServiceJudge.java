package io.claimwatch.eval;

import io.claimwatch.App;
import io.claimwatch.App.Services;
import io.claimwatch.Database;
import io.claimwatch.contradiction.ContradictionFilter;
import io.claimwatch.source.SourceInput;
import io.claimwatch.statement.StatementInput;
import io.claimwatch.topic.TopicInput;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.UUID;

/**
 * Judges a pair through the same services as the API, on a throwaway in-memory database: two
 * statements said the same day by two sources under one topic; positive iff a conflict is stored.
 */
public final class ServiceJudge implements PairJudge, AutoCloseable {

    private static final String SAME_DAY = "2020-01-01";

    private final Database database;
    private final Services services;
    private int pairs;

    public ServiceJudge() {
        String url = "jdbc:h2:mem:eval-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        database = Database.open(url, null, null, new SimpleMeterRegistry());
        services = App.services(database);
        services.sources().create(new SourceInput("source-a", "Source A", "other", null, null, List.of()));
        services.sources().create(new SourceInput("source-b", "Source B", "other", null, null, List.of()));
    }

    @Override
    public boolean conflict(String premise, String hypothesis) {
        String topic = "pair-" + (++pairs);
        services.topics().create(new TopicInput(topic, topic, null));
        post("source-a", premise, topic);
        long second = post("source-b", hypothesis, topic);
        ContradictionFilter conflicts = new ContradictionFilter(null, null, second, null, "conflict",
                null, null, null, null, null);
        return !services.contradictions().list(conflicts, null, 1).items().isEmpty();
    }

    private long post(String source, String text, String topic) {
        StatementInput input = new StatementInput(text, "paraphrase", source, null, null, SAME_DAY, null, null,
                "en", List.of(topic), null);
        return services.statements().create(input).statement().id();
    }

    @Override
    public void close() {
        database.close();
    }
}
