package io.claimwatch.statement;

import io.claimwatch.source.SourceRepository;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.speaker.SpeakerRepository;
import io.claimwatch.topic.TopicRepository;
import io.claimwatch.web.ApiProblem.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * What the statements of one request refer to (sources, speakers, topics), looked up once for all
 * of them, so a batch of a thousand lines costs three queries rather than three thousand.
 */
final class References {

    private final Set<String> missingSources;
    private final Set<String> missingTopics;
    private final Map<String, Optional<Speaker>> speakers;

    private References(Set<String> missingSources, Set<String> missingTopics, Map<String, Optional<Speaker>> speakers) {
        this.missingSources = missingSources;
        this.missingTopics = missingTopics;
        this.speakers = speakers;
    }

    static References of(DSLContext tx, Collection<StatementInput> inputs) {
        Set<String> sources = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        Map<String, Optional<Speaker>> speakers = new HashMap<>();
        SpeakerRepository speakerRepository = new SpeakerRepository(tx);
        for (StatementInput in : inputs) {
            sources.add(in.sourceId());
            if (in.reportedById() != null) {
                sources.add(in.reportedById());
            }
            topics.addAll(in.topicIds());
            if (in.speakerId() != null) {
                speakers.computeIfAbsent(in.speakerId(), speakerRepository::find);
            }
        }
        return new References(Set.copyOf(new SourceRepository(tx).missing(List.copyOf(sources))),
                topics.isEmpty() ? Set.of() : Set.copyOf(new TopicRepository(tx).missing(List.copyOf(topics))), speakers);
    }

    /** Every field of {@code in} that refers to something that does not exist (empty: all there). */
    List<FieldError> errors(StatementInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (missingSources.contains(in.sourceId())) {
            errors.add(new FieldError("sourceId", "no source with id '" + in.sourceId() + "'"));
        }
        if (in.reportedById() != null && missingSources.contains(in.reportedById())) {
            errors.add(new FieldError("reportedById", "no source with id '" + in.reportedById() + "'"));
        }
        if (in.speakerId() != null) {
            Optional<Speaker> speaker = speakers.get(in.speakerId());
            if (speaker.isEmpty()) {
                errors.add(new FieldError("speakerId", "no speaker with id '" + in.speakerId() + "'"));
            } else if (!speaker.get().sourceId().equals(in.sourceId())) {
                errors.add(new FieldError("speakerId", "speaker '" + in.speakerId() + "' speaks for '"
                        + speaker.get().sourceId() + "', not '" + in.sourceId() + "'"));
            }
        }
        for (String topic : in.topicIds()) {
            if (missingTopics.contains(topic)) {
                errors.add(new FieldError("topicIds", "no topic with id '" + topic + "'"));
            }
        }
        return errors;
    }
}
