package io.claimwatch.timeline;

import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.contradiction.ContradictionRepository;
import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementRepository;
import io.claimwatch.topic.Topic;
import io.claimwatch.topic.TopicRepository;
import io.claimwatch.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Builds a topic's timeline from one consistent read. */
public final class TimelineService {

    /** A timeline is drawn, not paged: past this many statements it is cut and says so. */
    public static final int MAX_STATEMENTS = 2000;

    private final DSLContext dsl;

    public TimelineService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Timeline timeline(String topicId) {
        return dsl.transactionResult(tx -> {
            Topic topic = new TopicRepository(tx.dsl()).find(topicId).orElseThrow(() -> ApiProblem.notFound("topic", topicId));
            List<Statement> statements = new StatementRepository(tx.dsl()).chronological(topicId, MAX_STATEMENTS + 1);
            boolean truncated = statements.size() > MAX_STATEMENTS;
            List<Statement> shown = truncated ? statements.subList(0, MAX_STATEMENTS) : statements;
            Set<Long> ids = shown.stream().map(Statement::id).collect(Collectors.toSet());
            return new Timeline(topic, shown.stream().map(TimelineService::entry).toList(),
                    links(new ContradictionRepository(tx.dsl()), ids), truncated);
        });
    }

    /** The pairs among the statements shown: looked up by those statements, whatever else the topic holds. */
    private static List<Timeline.Link> links(ContradictionRepository repository, Set<Long> shown) {
        List<Timeline.Link> links = new ArrayList<>();
        for (Contradiction c : repository.among(shown)) {
            long from = c.statements().get(0).id();
            long to = c.statements().get(1).id();
            links.add(new Timeline.Link(c.id(), from, to, c.relation(), c.kind(), c.scope(), c.confidence(),
                    c.status(), c.explanation()));
        }
        return links;
    }

    private static Timeline.Entry entry(Statement s) {
        return new Timeline.Entry(s.id(), s.sourceId(), s.speakerId(), s.reportedById(), s.statedOn(),
                s.statedOnRange(), s.text());
    }
}
