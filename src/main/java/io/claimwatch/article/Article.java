package io.claimwatch.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimwatch.statement.Statement;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored article. In lists {@code text}, {@code drafts} and {@code statements} are left out; one
 * article read by id carries its text, its drafts and the statements accepted from them.
 */
public record Article(long id, String url, String title, String outletId, String publishedOn, List<String> topicIds,
                      String format, boolean includeUnattributed, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String text,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<ArticleDraft> drafts,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<Statement> statements, Links links) {

    public record Links(String self, String accept) {

        static Links of(long id) {
            String self = ArticleRoutes.PATH + "/" + id;
            return new Links(self, self + "/accept");
        }
    }

    Article withDetail(String text, List<ArticleDraft> drafts, List<Statement> statements) {
        return new Article(id, url, title, outletId, publishedOn, topicIds, format, includeUnattributed, createdAt,
                updatedAt, text, drafts, statements, links);
    }
}
