package io.claimwatch.stats;

import java.util.List;
import java.util.Map;

/** Counts for newsroom dashboards. */
public record Stats(long statements, long contradictions, Map<String, Long> byKind, Map<String, Long> byRelation,
                    Map<String, Long> byScope, Map<String, Long> byStatus, List<SourcePair> topSourcePairs,
                    List<SourceStats> sources) {

    /** Two sources that contradict each other, and how often. */
    public record SourcePair(List<String> sourceIds, long contradictions) {
    }

    /**
     * One source: its statements, the contradictions involving it, those within itself (same source
     * or same speaker), and the ones fact-checkers confirmed.
     */
    public record SourceStats(String sourceId, long statements, long contradictions, long selfContradictions,
                              long confirmed) {
    }
}
