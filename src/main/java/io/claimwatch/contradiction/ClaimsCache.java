package io.claimwatch.contradiction;

import io.claimwatch.analysis.Claim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed claims of the statements detection compared recently, by statement id and claims revision,
 * so a statement that is a candidate again and again (a busy topic) is not read and parsed from its
 * JSON each time. An edit or a re-analysis bumps the revision, which makes the entry a miss. Bounded:
 * the least recently used entry goes first.
 */
public final class ClaimsCache {

    /** Entries kept by default: a few tens of MB at most for ordinary statements. */
    public static final int DEFAULT_CAPACITY = 20_000;

    private record Entry(int revision, List<Claim> claims) {
    }

    private final Map<Long, Entry> entries;

    public ClaimsCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The claims at {@code revision}, or null when they are not held at that revision. */
    public synchronized List<Claim> get(long statementId, int revision) {
        Entry e = entries.get(statementId);
        return e != null && e.revision() == revision ? e.claims() : null;
    }

    public synchronized void put(long statementId, int revision, List<Claim> claims) {
        Entry e = entries.get(statementId);
        if (e == null || e.revision() <= revision) {
            entries.put(statementId, new Entry(revision, List.copyOf(claims)));
        }
    }
}
