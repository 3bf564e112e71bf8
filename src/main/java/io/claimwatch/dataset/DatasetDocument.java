package io.claimwatch.dataset;

import io.claimwatch.source.Source;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.topic.Topic;
import java.time.OffsetDateTime;
import java.util.List;

/** The whole store as one JSON document, for researchers and for moving data between databases. */
public record DatasetDocument(int formatVersion, OffsetDateTime exportedAt, List<Source> sources,
                              List<Speaker> speakers, List<Topic> topics, List<DatasetStatement> statements,
                              List<DatasetContradiction> contradictions) {

    public static final int FORMAT_VERSION = 1;

    public DatasetDocument {
        sources = sources == null ? List.of() : sources;
        speakers = speakers == null ? List.of() : speakers;
        topics = topics == null ? List.of() : topics;
        statements = statements == null ? List.of() : statements;
        contradictions = contradictions == null ? List.of() : contradictions;
    }
}
