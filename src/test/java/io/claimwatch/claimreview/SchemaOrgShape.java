package io.claimwatch.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schema.org vocabulary a ClaimReview may use here (properties of each type, inherited ones
 * included) and the fields Google's fact-check markup requires: a node of an unknown type, a
 * property its type does not have, or a missing required field fails.
 */
final class SchemaOrgShape {

    private static final Set<String> THING = Set.of("@type", "name", "url", "description", "alternateName", "sameAs");
    private static final Set<String> CREATIVE_WORK = union(THING, Set.of("author", "datePublished", "publisher",
            "headline", "text", "inLanguage"));
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "ClaimReview", union(CREATIVE_WORK, Set.of("@context", "claimReviewed", "itemReviewed", "reviewRating", "reviewBody")),
            "Claim", union(CREATIVE_WORK, Set.of("appearance", "firstAppearance", "claimInterpreter")),
            "CreativeWork", CREATIVE_WORK,
            "Rating", union(THING, Set.of("ratingValue", "bestRating", "worstRating", "ratingExplanation", "author")),
            "Organization", union(THING, Set.of("logo", "address")),
            "Person", union(THING, Set.of("jobTitle", "worksFor", "affiliation")));
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private SchemaOrgShape() {
    }

    static void assertClaimReview(JsonNode review) {
        assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
        for (String required : Set.of("url", "claimReviewed", "author", "reviewRating", "itemReviewed", "datePublished")) {
            assertThat(review.has(required)).as("ClaimReview.%s", required).isTrue();
        }
        assertThat(review.path("reviewRating").path("alternateName").asText()).as("the textual rating").isNotBlank();
        assertThat(review.path("itemReviewed").path("@type").asText()).isEqualTo("Claim");
        assertThat(review.path("itemReviewed").path("appearance").isArray()).isTrue();
        assertNode(review, "$");
    }

    /** Every object with a @type uses only its type's properties; dates are ISO 8601. */
    private static void assertNode(JsonNode node, String at) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertNode(node.get(i), at + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").asText();
        assertThat(PROPERTIES).as("a schema.org type at %s", at).containsKey(type);
        node.fieldNames().forEachRemaining(name -> {
            assertThat(PROPERTIES.get(type)).as("%s.%s is a property of %s", at, name, type).contains(name);
            if (name.equals("datePublished")) {
                assertThat(node.get(name).asText()).as("%s.datePublished", at).matches(ISO_DATE);
            }
            assertNode(node.get(name), at + "." + name);
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
