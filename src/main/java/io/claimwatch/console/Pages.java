package io.claimwatch.console;

import io.claimwatch.source.Source;
import io.claimwatch.statement.Statement;
import io.claimwatch.stats.Stats;
import io.claimwatch.topic.Topic;
import java.util.List;

/** The models of the console's pages, one record per page. */
public final class Pages {

    private Pages() {
    }

    /** A statement in a list: with its source's name and its date as a reader says it. */
    public record Row(Statement statement, String sourceName, String speakerName, String dateText) {
    }

    /** The queue's filter form, echoing what was chosen. */
    public record Filters(String topicId, String sourceId, String kind, String relation, String sort,
                          List<Topic> topics, List<Source> sources, List<String> kinds, List<String> relations) {
    }

    public record Queue(List<PairView> pairs, Filters filters, String moreUrl) {
    }

    public record TimelinePage(Topic topic, TimelineChart chart, boolean truncated) {
    }

    public record StatementPage(Row row, String speakerTitle, String outletName, List<PairView> pairs) {
    }

    public record SourcePage(Source source, List<Row> statements, List<PairView> self, List<PairView> confirmed) {
    }

    public record Search(String q, List<Row> rows, String moreUrl) {
    }

    public record Dashboard(Stats stats, List<BarChart> charts) {
    }

    public record Finding(PairView pair, String jsonLd) {
    }

    public record Problem(int status, String message) {
    }

    public record SignIn(String next, String error, boolean keysRequired) {
    }

    public record IntakeForm(io.claimwatch.article.ArticleInput entered, String error, List<Source> sources, List<Topic> topics) {
    }

    /** A run of article text; {@code draftId} names the draft whose claim it is, null for the rest. */
    public record Run(String text, Long draftId) {
    }

    public record ArticlePage(io.claimwatch.article.Article article, List<Run> runs, String notice) {
    }
}
