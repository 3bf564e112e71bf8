package io.claimwatch.article;

import io.claimwatch.analysis.DateSpan;

/** List filters: the outlet, a topic, and publication dates that may fall within [from, to]. */
public record ArticleFilter(String outletId, String topicId, DateSpan from, DateSpan to) {
}
