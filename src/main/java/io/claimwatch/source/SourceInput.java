package io.claimwatch.source;

import static io.claimwatch.db.Tables.SOURCE;

import io.claimwatch.catalog.CatalogInput;
import io.claimwatch.web.Checks;
import io.claimwatch.web.JsonText;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a client sends to create or change a source. */
public record SourceInput(String id, String name, String kind, String country, String url, List<String> aliases)
        implements CatalogInput {

    public static final Set<String> KINDS = Set.of("government", "military", "news_agency", "newspaper",
            "broadcaster", "online_outlet", "think_tank", "party", "company", "ngo", "person", "other");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public SourceInput {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    @Override
    public void validate() {
        Checks checks = new Checks()
                .slug("id", id)
                .required("name", name, 300)
                .httpUrl("url", url)
                .noBlanks("aliases", aliases);
        if (kind == null) {
            checks.add("kind", "is required");
        }
        checks.oneOf("kind", kind, KINDS);
        if (country != null && !COUNTRIES.contains(country)) {
            checks.add("country", "must be an ISO 3166-1 alpha-2 code in capitals, such as US or KR");
        }
        if (aliases.size() > 50 || aliases.stream().anyMatch(a -> a != null && a.length() > 200)) {
            checks.add("aliases", "at most 50 aliases of at most 200 characters");
        } else if (JsonText.write(aliases).length() > SOURCE.ALIASES.getDataType().length()) {
            checks.add("aliases", "must total at most " + SOURCE.ALIASES.getDataType().length() + " characters as JSON");
        }
        checks.orThrow();
    }
}
