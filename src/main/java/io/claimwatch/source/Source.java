package io.claimwatch.source;

import io.claimwatch.catalog.CatalogEntry;
import java.time.OffsetDateTime;
import java.util.List;

/** An organisation or outlet that makes or carries statements. */
public record Source(String id, String name, String kind, String country, String url, List<String> aliases,
                     OffsetDateTime createdAt, OffsetDateTime updatedAt, Boolean verified) implements CatalogEntry<SourceInput> {

    @Override
    public SourceInput toInput() {
        return new SourceInput(id, name, kind, country, url, aliases);
    }
}
