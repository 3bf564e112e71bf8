package io.claimwatch.console;

import io.claimwatch.App.Services;
import io.claimwatch.source.Source;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.web.ApiProblem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Catalog look-ups for one page or one export, each id read once. */
public final class Names {

    private final Services services;
    private final Map<String, Optional<Source>> sources = new HashMap<>();
    private final Map<String, Optional<Speaker>> speakers = new HashMap<>();

    public Names(Services services) {
        this.services = services;
    }

    public Optional<Source> source(String id) {
        return id == null ? Optional.empty() : sources.computeIfAbsent(id, k -> find(() -> services.sources().get(k)));
    }

    public Optional<Speaker> speaker(String id) {
        return id == null ? Optional.empty() : speakers.computeIfAbsent(id, k -> find(() -> services.speakers().get(k)));
    }

    /** The source's name, or its id when it has none on record. */
    public String sourceName(String id) {
        return source(id).map(Source::name).orElse(id);
    }

    private static <T> Optional<T> find(java.util.function.Supplier<T> get) {
        try {
            return Optional.of(get.get());
        } catch (ApiProblem e) {
            return Optional.empty(); // deleted since: show the id
        }
    }
}
