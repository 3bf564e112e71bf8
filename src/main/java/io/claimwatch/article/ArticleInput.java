package io.claimwatch.article;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.web.Checks;
import java.util.LinkedHashSet;
import java.util.List;

/** What a client posts: the article as plain {@code text} or as {@code html}, and what is known about it. */
public record ArticleInput(String text, String html, String url, String title, String outletId, String publishedOn,
                           List<String> topicIds, Boolean includeUnattributed) {

    /** The longest article text intake reads, in characters (after HTML is reduced to text). */
    public static final int MAX_TEXT = 100_000;
    static final int MAX_HTML = 900_000;

    public ArticleInput {
        topicIds = topicIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(topicIds));
    }

    boolean unattributed() {
        return includeUnattributed != null && includeUnattributed;
    }

    void validate() {
        Checks checks = new Checks()
                .maxLength("url", url, 2000)
                .httpUrl("url", url)
                .maxLength("title", title, 500)
                .maxLength("outletId", outletId, 64)
                .maxLength("text", text, MAX_TEXT)
                .maxLength("html", html, MAX_HTML)
                .noBlanks("topicIds", topicIds);
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            checks.add(text != null || html == null ? "text" : "html", "is required and must not be empty (send text or html)");
        } else if (text != null && html != null) {
            checks.add("html", "send either text or html, not both");
        }
        if (publishedOn == null || publishedOn.isBlank()) {
            checks.add("publishedOn", "is required: a day such as 2016-02-19, or an interval when unsure");
        } else {
            try {
                DateSpan.parse(publishedOn);
            } catch (IllegalArgumentException e) {
                checks.add("publishedOn", e.getMessage());
            }
        }
        if (topicIds.size() > 50) {
            checks.add("topicIds", "at most 50 topics");
        }
        checks.orThrow();
    }
}
