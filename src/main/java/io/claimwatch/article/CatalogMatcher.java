package io.claimwatch.article;

import static io.claimwatch.db.Tables.SPEAKER;

import io.claimwatch.catalog.CatalogNames;
import io.claimwatch.intake.Draft;
import io.claimwatch.intake.FoundSpeaker;
import io.claimwatch.intake.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Matches the speakers, organisations and outlets an article names to catalog entries by name or
 * alias (index lookups of normalised names, their country variants and their word runs, the longest
 * match winning), and proposes ids for the ones not found.
 */
final class CatalogMatcher {

    private final DSLContext dsl;

    CatalogMatcher(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A draft ready to store: the intake draft with speaker, source and outlet ids filled in. */
    ArticleDraft match(Draft d, String outletId) {
        FoundSpeaker s = d.speaker();
        String speakerId = null;
        String sourceId = null;
        if (s.isPerson()) {
            Optional<String> known = best(CatalogNames.SPEAKER, s.name(), false);
            if (known.isPresent()) {
                speakerId = known.get();
                sourceId = dsl.select(SPEAKER.SOURCE_ID).from(SPEAKER).where(SPEAKER.ID.eq(speakerId)).fetchOne(SPEAKER.SOURCE_ID);
            } else {
                speakerId = Names.slug(s.name());
            }
        }
        if (sourceId == null) {
            String organisation = s.organisation() != null ? s.organisation() : s.isPerson() ? s.name() : null;
            sourceId = organisation == null ? outletId : best(CatalogNames.SOURCE, organisation, true).orElse(Names.slug(organisation));
        }
        String reportedById = d.reportedBy() == null ? null
                : best(CatalogNames.SOURCE, d.reportedBy(), true).orElse(Names.slug(d.reportedBy()));
        return new ArticleDraft(0, 0, 0, d.text(), d.quote(),
                new ArticleDraft.Speaker(s.name(), s.title(), s.organisation(), s.country(), s.phrase(), speakerId),
                sourceId, d.reportedBy(), reportedById, d.statedOn(), d.datePhrase(), d.dateBasis(),
                new ArticleDraft.Span(d.span().start(), d.span().end()), d.confidence(), d.cue(), List.of(), null, "draft", 1);
    }

    /** The catalog id whose name or alias is the longest match of the phrase; word runs only when {@code partial}. */
    private Optional<String> best(String kind, String phrase, boolean partial) {
        List<String> keys = new ArrayList<>();
        for (String variant : Names.variants(phrase)) {
            String key = CatalogNames.key(variant);
            if (partial) {
                keys.addAll(Names.wordRuns(key));
            } else {
                keys.add(key);
            }
        }
        Set<String> wanted = new LinkedHashSet<>(keys);
        wanted.removeIf(k -> k.isEmpty() || k.length() > 300);
        Map<String, List<String>> found = CatalogNames.find(dsl, kind, wanted);
        return wanted.stream().filter(found::containsKey)
                .max(java.util.Comparator.comparingInt(k -> k.split(" ").length))
                .map(k -> found.get(k).get(0));
    }
}
