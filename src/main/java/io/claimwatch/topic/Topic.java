package io.claimwatch.topic;

import io.claimwatch.catalog.CatalogEntry;
import java.time.OffsetDateTime;

/** A story that statements are about, such as the THAAD deployment talks. */
public record Topic(String id, String title, String description,
                    OffsetDateTime createdAt, OffsetDateTime updatedAt) implements CatalogEntry<TopicInput> {

    @Override
    public TopicInput toInput() {
        return new TopicInput(id, title, description);
    }
}
