package io.claimwatch.speaker;

import io.claimwatch.catalog.CatalogEntry;
import java.time.OffsetDateTime;

/** A person who speaks for a source, such as a ministry spokesperson. */
public record Speaker(String id, String name, String title, String sourceId,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt) implements CatalogEntry<SpeakerInput> {

    @Override
    public SpeakerInput toInput() {
        return new SpeakerInput(id, name, title, sourceId);
    }
}
