package io.claimwatch.dataset;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an import did, or with dryRun what it would do, per kind of record. */
public record ImportReport(boolean dryRun, Map<String, Tally> records) {

    /** Records created, changed to match the dataset, and already identical. */
    public record Tally(int created, int updated, int unchanged) {

        Tally plus(Outcome outcome) {
            return switch (outcome) {
                case CREATED -> new Tally(created + 1, updated, unchanged);
                case UPDATED -> new Tally(created, updated + 1, unchanged);
                case UNCHANGED -> new Tally(created, updated, unchanged + 1);
            };
        }
    }

    /** What happened to one record. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    static Map<String, Tally> empty() {
        Map<String, Tally> records = new LinkedHashMap<>();
        for (String kind : new String[] {"sources", "speakers", "topics", "statements", "contradictions"}) {
            records.put(kind, new Tally(0, 0, 0));
        }
        return records;
    }
}
