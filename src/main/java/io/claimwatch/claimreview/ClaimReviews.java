package io.claimwatch.claimreview;

import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.source.Source;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.statement.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A confirmed contradiction as schema.org ClaimReview (the shape Google Fact Check Tools reads):
 * the later statement is the claim reviewed, the earlier one the evidence against it.
 */
public final class ClaimReviews {

    private ClaimReviews() {
    }

    /** Who said a statement and who carried it, as the catalog knows them. */
    public record Said(Statement statement, Optional<Source> source, Optional<Speaker> speaker, Optional<Source> outlet) {
    }

    public static Map<String, Object> of(Contradiction c, Said earlier, Said later, Organisation org, String findingUrl) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", findingUrl);
        review.put("datePublished", confirmedOn(c));
        review.put("author", organisation(org.name(), org.url()));
        review.put("claimReviewed", later.statement().text());
        review.put("itemReviewed", claim(later));
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", verdict(c, earlier, later));
        review.put("reviewRating", rating);
        review.put("reviewBody", c.explanation() + (c.reviewNote() == null ? "" : " " + c.reviewNote()));
        return review;
    }

    /** The textual rating, from the relation and from whose earlier statement it clashes with. */
    static String verdict(Contradiction c, Said earlier, Said later) {
        String source = name(earlier.source(), earlier.statement().sourceId());
        String against = "same-speaker".equals(c.scope()) ? "own earlier statement"
                : earlier.speaker().map(sp -> "an earlier statement by " + sp.name() + " (" + source + ")")
                        .orElse("an earlier statement by " + source);
        return ("reversal".equals(c.relation()) ? "Reverses " : "Contradicted by ") + against;
    }

    private static Map<String, Object> claim(Said said) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        Map<String, Object> source = organisation(name(said.source(), said.statement().sourceId()),
                said.source().map(Source::url).orElse(null));
        if (said.speaker().isPresent()) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", said.speaker().get().name());
            if (said.speaker().get().title() != null) {
                person.put("jobTitle", said.speaker().get().title());
            }
            person.put("worksFor", source);
            claim.put("author", person);
        } else {
            claim.put("author", source);
        }
        claim.put("datePublished", earliestDay(said.statement().statedOn()));
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        if (said.statement().url() != null) {
            appearance.put("url", said.statement().url());
        }
        Optional<Source> carrier = said.outlet().isPresent() ? said.outlet() : said.source();
        appearance.put("publisher", organisation(name(carrier, said.statement().sourceId()), carrier.map(Source::url).orElse(null)));
        if (said.statement().reportedOn() != null) {
            appearance.put("datePublished", earliestDay(said.statement().reportedOn()));
        }
        claim.put("appearance", List.of(appearance));
        return claim;
    }

    /** schema.org dates are ISO 8601 days, months or years; an interval is given by its first day. */
    private static String earliestDay(String statedOn) {
        int slash = statedOn.indexOf('/');
        return slash < 0 ? statedOn : statedOn.substring(0, slash);
    }

    private static String confirmedOn(Contradiction c) {
        return c.history().stream().filter(r -> "confirmed".equals(r.status())).reduce((a, b) -> b)
                .map(r -> r.at()).orElse(c.updatedAt()).toLocalDate().toString();
    }

    private static Map<String, Object> organisation(String name, String url) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", name);
        if (url != null && !url.isBlank()) {
            org.put("url", url);
        }
        return org;
    }

    private static String name(Optional<Source> source, String id) {
        return source.map(Source::name).orElse(id);
    }
}
