package io.claimwatch.timeline;

import io.claimwatch.statement.DayRange;
import io.claimwatch.topic.Topic;
import java.util.List;

/** A topic's statements in date order and the conflicts and reversals between them, ready to draw. */
public record Timeline(Topic topic, List<Entry> statements, List<Link> contradictions, boolean truncated) {

    /** One statement on the time axis. */
    public record Entry(long id, String sourceId, String speakerId, String reportedById, String statedOn,
                        DayRange statedOnRange, String text) {
    }

    /** An edge between two entries: older statement first. */
    public record Link(long contradictionId, long fromStatementId, long toStatementId, String relation, String kind,
                       String scope, double confidence, String status, String explanation) {
    }
}
