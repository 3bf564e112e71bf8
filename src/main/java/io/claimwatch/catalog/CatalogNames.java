package io.claimwatch.catalog;

import static io.claimwatch.db.Tables.CATALOG_NAME;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The normalised names and aliases of sources and speakers, kept beside them so article intake
 * can match "Korean Yonhap News" to the source named "Yonhap" through an index lookup.
 */
public final class CatalogNames {

    public static final String SOURCE = "source";
    public static final String SPEAKER = "speaker";

    private CatalogNames() {
    }

    /** Lower case, curly apostrophes straightened, a possessive 's and punctuation dropped, no leading "the". */
    public static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}\\s-]", " ").replaceAll("\\s+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** Replaces the keys of one entry by those of its name and aliases. */
    public static void replace(DSLContext dsl, String kind, String id, String name, Collection<String> aliases) {
        dsl.deleteFrom(CATALOG_NAME).where(CATALOG_NAME.KIND.eq(kind), CATALOG_NAME.TARGET_ID.eq(id)).execute();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(name));
        aliases.forEach(a -> keys.add(key(a)));
        keys.removeIf(k -> k.isEmpty() || k.length() > 300);
        for (String k : keys) {
            dsl.insertInto(CATALOG_NAME).set(CATALOG_NAME.KIND, kind).set(CATALOG_NAME.NAME_KEY, k)
                    .set(CATALOG_NAME.TARGET_ID, id).execute();
        }
    }

    /** For each key among {@code keys} that names something of {@code kind}, the ids it names. */
    public static Map<String, List<String>> find(DSLContext dsl, String kind, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return dsl.select(CATALOG_NAME.NAME_KEY, CATALOG_NAME.TARGET_ID).from(CATALOG_NAME)
                .where(CATALOG_NAME.KIND.eq(kind), CATALOG_NAME.NAME_KEY.in(keys))
                .orderBy(CATALOG_NAME.TARGET_ID)
                .fetchGroups(CATALOG_NAME.NAME_KEY, CATALOG_NAME.TARGET_ID).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
