package io.claimwatch.stats;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.contradiction.ContradictionFilter;
import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementFilter;
import io.claimwatch.statement.StatementListener;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;

/**
 * Dashboard counts, all read in one transaction so they agree with each other. Counting walks every
 * matching pair, so a result is kept per filter and served again while nothing changed: the newest
 * event (statements created, pairs found, updated, withdrawn or reviewed, by any process), the newest
 * statement id and this process's own edits and deletes are its fingerprint, two index look-ups per
 * call, and a result is never older than a minute. {@code refresh} above zero also serves a result that young even if something changed, so a
 * dashboard polling a store that is being written to counts at most once per interval. One request
 * counts a filter at a time; the others get the previous count meanwhile (only the very first waits).
 */
public final class StatsService implements StatementListener {

    /** A change the fingerprint misses (another process's edit that found nothing) shows after this at the latest. */
    private static final long MAX_AGE = Duration.ofSeconds(60).toNanos();

    /** Filters kept: dashboards ask for a few topics and ranges, not thousands. */
    private static final int KEPT = 64;

    private record Key(String topicId, DateSpan from, DateSpan to) {
    }

    private record Snapshot(StatsRepository.Fingerprint fingerprint, long changes, long takenAt, Stats stats) {
    }

    private final DSLContext dsl;
    private final Duration refresh;
    private final AtomicLong changes = new AtomicLong();
    private final Map<Key, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<Key, Snapshot> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Snapshot> eldest) {
            return size() > KEPT;
        }
    };

    public StatsService(DSLContext dsl) {
        this(dsl, Duration.ZERO);
    }

    public StatsService(DSLContext dsl, Duration refresh) {
        this.dsl = dsl;
        this.refresh = refresh;
    }

    public Stats stats(String topicId, DateSpan from, DateSpan to) {
        Key key = new Key(topicId, from, to);
        long seenChanges = changes.get();
        StatsRepository.Fingerprint now = new StatsRepository(dsl).fingerprint();
        Snapshot last = snapshot(key);
        if (fresh(last, now, seenChanges)) {
            return last.stats();
        }
        if (locks.size() > 16 * KEPT) {
            locks.clear(); // filters come and go; at worst two requests count one filter at once
        }
        ReentrantLock counting = locks.computeIfAbsent(key, k -> new ReentrantLock());
        if (last != null && !counting.tryLock()) {
            return last.stats(); // another request is counting this filter again: the last count meanwhile
        }
        if (last == null) {
            counting.lock(); // nothing to show yet: wait for the one count under way, or make it
        }
        try {
            last = snapshot(key);
            if (fresh(last, now, seenChanges)) {
                return last.stats();
            }
            Snapshot taken = dsl.transactionResult(tx -> {
                StatsRepository repository = new StatsRepository(tx.dsl());
                // fingerprint first: a change committed during the count makes the next call count again
                StatsRepository.Fingerprint at = repository.fingerprint();
                return new Snapshot(at, seenChanges, System.nanoTime(), repository.stats(
                        new StatementFilter(topicId, null, null, null, from, to, null),
                        new ContradictionFilter(topicId, null, null, null, null, null, null, null, from, to)));
            });
            synchronized (kept) {
                kept.put(key, taken);
            }
            return taken.stats();
        } finally {
            counting.unlock();
        }
    }

    private boolean fresh(Snapshot last, StatsRepository.Fingerprint now, long seenChanges) {
        if (last == null) {
            return false;
        }
        long age = System.nanoTime() - last.takenAt();
        return (last.fingerprint().equals(now) && last.changes() == seenChanges && age < MAX_AGE
                || age < refresh.toNanos());
    }

    private Snapshot snapshot(Key key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    @Override
    public void saved(Statement statement) {
        changes.incrementAndGet(); // an edit changes no id: count it here
    }

    @Override
    public void deleted(long statementId) {
        changes.incrementAndGet();
    }
}
