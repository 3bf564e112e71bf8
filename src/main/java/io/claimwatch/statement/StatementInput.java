package io.claimwatch.statement;

import static io.claimwatch.db.Tables.STATEMENT;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.web.Checks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a client sends to record a statement (and, merged with a patch, to change one). */
public record StatementInput(String text, String quote, String sourceId, String speakerId, String reportedById,
                             String statedOn, String reportedOn, String url, String language,
                             List<String> topicIds, String externalId) {

    public static final Set<String> QUOTE_KINDS = Set.of("verbatim", "paraphrase");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public StatementInput {
        quote = quote == null ? "paraphrase" : quote;
        // a topic named twice is the same topic
        topicIds = topicIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(topicIds));
    }

    public void validate() {
        Checks checks = new Checks()
                .required("text", text, 20_000)
                .oneOf("quote", quote, QUOTE_KINDS)
                .required("sourceId", sourceId, 64)
                .maxLength("speakerId", speakerId, 64)
                .maxLength("reportedById", reportedById, 64)
                .httpUrl("url", url)
                .matches("language", language, LANGUAGE, "must be a BCP 47 language tag such as en or ko")
                .fits("language", language, STATEMENT.LANGUAGE)
                .fits("statedOn", statedOn, STATEMENT.STATED_ON)
                .fits("reportedOn", reportedOn, STATEMENT.REPORTED_ON)
                .noBlanks("topicIds", topicIds)
                .maxLength("externalId", externalId, 200);
        if (statedOn == null || statedOn.isBlank()) {
            checks.add("statedOn", "is required");
        } else {
            dateError(statedOn, checks, "statedOn");
        }
        if (reportedOn != null) {
            dateError(reportedOn, checks, "reportedOn");
        }
        if (externalId != null && externalId.isBlank()) {
            checks.add("externalId", "must not be empty when given");
        }
        if (topicIds.size() > 50) {
            checks.add("topicIds", "at most 50 topics");
        }
        checks.orThrow();
    }

    public DateSpan statedSpan() {
        return DateSpan.parse(statedOn);
    }

    public DateSpan reportedSpan() {
        return reportedOn == null ? null : DateSpan.parse(reportedOn);
    }

    private static void dateError(String value, Checks checks, String field) {
        try {
            DateSpan.parse(value);
        } catch (IllegalArgumentException e) {
            checks.add(field, e.getMessage());
        }
    }
}
