package io.claimwatch.speaker;

import io.claimwatch.catalog.CatalogEntry;
import java.time.OffsetDateTime;
import java.util.List;

/** A person who speaks for a source, such as a ministry spokesperson. */
public record Speaker(String id, String name, String title, String sourceId, List<String> aliases,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt, Boolean verified) implements CatalogEntry<SpeakerInput> {

    @Override
    public SpeakerInput toInput() {
        return new SpeakerInput(id, name, title, sourceId, aliases);
    }
}
