package io.claimwatch.speaker;

import io.claimwatch.catalog.CatalogInput;
import io.claimwatch.web.Checks;

/** What a client sends to create or change a speaker. */
public record SpeakerInput(String id, String name, String title, String sourceId) implements CatalogInput {

    @Override
    public void validate() {
        new Checks()
                .slug("id", id)
                .required("name", name, 300)
                .maxLength("title", title, 300)
                .required("sourceId", sourceId, 64)
                .orThrow();
    }
}
