package io.claimwatch.topic;

import io.claimwatch.catalog.CatalogInput;
import io.claimwatch.web.Checks;

/** What a client sends to create or change a topic. */
public record TopicInput(String id, String title, String description) implements CatalogInput {

    @Override
    public void validate() {
        new Checks()
                .slug("id", id)
                .required("title", title, 300)
                .maxLength("description", description, 4000)
                .orThrow();
    }
}
