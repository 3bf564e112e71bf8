package io.claimwatch.speaker;

import io.claimwatch.catalog.CatalogInput;
import io.claimwatch.web.Checks;
import java.util.List;

/** What a client sends to create or change a speaker. */
public record SpeakerInput(String id, String name, String title, String sourceId, List<String> aliases)
        implements CatalogInput {

    public SpeakerInput {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    @Override
    public void validate() {
        Checks checks = new Checks()
                .slug("id", id)
                .required("name", name, 300)
                .maxLength("title", title, 300)
                .required("sourceId", sourceId, 64)
                .noBlanks("aliases", aliases);
        if (aliases.size() > 50 || aliases.stream().anyMatch(a -> a != null && a.length() > 200)) {
            checks.add("aliases", "at most 50 aliases of at most 200 characters");
        }
        checks.orThrow();
    }
}
