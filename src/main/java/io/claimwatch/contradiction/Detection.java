package io.claimwatch.contradiction;

import io.claimwatch.contradiction.LifecycleRepository.Stored;
import io.claimwatch.detection.Detector;
import io.claimwatch.detection.Verdict;
import io.claimwatch.event.Event;
import io.claimwatch.event.EventRepository;
import io.claimwatch.statement.ClaimRepository;
import io.claimwatch.statement.DetectionQueueRepository;
import io.claimwatch.web.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * One detection run: compares queued statements with their candidates and brings their stored
 * pairs in line, in one transaction that also removes them from the queue. A pair found again keeps
 * its id and is updated in place; one no longer found is withdrawn, never deleted. A run takes one
 * statement (a POST) or a batch of them (workers, bulk ingest): the reads, locks and writes of a
 * batch are a few queries for all of it, not a few per statement.
 *
 * <p>Why it is safe with several processes: a statement is compared after its claims committed,
 * against everything committed, so of two statements stored at once the later one's run sees the
 * earlier. Every pair write happens while both statement rows are locked (in id order) and only
 * if neither side's claims changed since they were compared; a side that changed is queued again
 * and its own run decides the pair. The unique key on the pair is the last guard: a double
 * insert would fail the run, which leaves its queue rows for a retry.
 */
final class Detection {

    /** A verdict of one run: {@code self} is the queued statement whose comparison found it. */
    record Found(Party self, Party other, Verdict verdict) {
    }

    /** A stored pair the run no longer finds, seen from the queued statement {@code self}. */
    private record Gone(long self, long other, Stored row) {
    }

    private final DSLContext tx;
    private final Comparer comparer;
    private final ClaimsCache cache;
    private final OffsetDateTime now = Clock.now();

    /**
     * Compares each of {@code selves} with its candidates and with the statements {@code alsoCompare}
     * names for it, calling back for each verdict.
     */
    interface Comparer {
        void compare(ContradictionRepository repository, List<Party> selves, Map<Long, Set<Long>> alsoCompare,
                     Consumer<Found> found);
    }

    Detection(DSLContext tx, Comparer comparer, ClaimsCache cache) {
        this.tx = tx;
        this.comparer = comparer;
        this.cache = cache;
    }

    /** Runs detection of the statements whose queue rows the caller holds locked (statement id to revisions). */
    void run(Map<Long, List<Integer>> queued) {
        ContradictionRepository repository = new ContradictionRepository(tx);
        LifecycleRepository lifecycle = new LifecycleRepository(tx);
        ClaimRepository claims = new ClaimRepository(tx);
        // read before the candidates: a pair stored by another run after this read was found by a
        // run that saw these statements, so it is one this run finds too, or one it never touches
        Map<Long, Map<Long, Stored>> before = lifecycle.activeOf(queued.keySet());
        Map<Long, Party> selves = new TreeMap<>(repository.parties(queued.keySet(), cache)); // deleted: gone from here
        Map<Long, Set<Long>> also = new HashMap<>();
        selves.keySet().forEach(id -> also.put(id, before.get(id).keySet()));
        // the pairs they have are compared again whatever the candidate caps choose, so a pair is only
        // withdrawn when the detector no longer finds it, never because a busy key left it out
        Map<PairKey, Found> found = new TreeMap<>();
        comparer.compare(repository, List.copyOf(selves.values()), also, f -> found.merge(
                PairKey.of(f.self().statementId(), f.other().statementId()), f,
                // two queued statements: the later one's comparison decides, as if they were posted in order
                (a, b) -> a.self().statementId() > b.self().statementId() ? a : b));
        Map<PairKey, Gone> gone = new TreeMap<>();
        selves.keySet().forEach(self -> before.get(self).forEach((other, row) -> {
            PairKey key = PairKey.of(self, other);
            if (!found.containsKey(key)) {
                gone.putIfAbsent(key, new Gone(self, other, row));
            }
        }));
        Map<Long, Integer> goneSeen = claims.revisions(gone.values().stream().map(Gone::other).collect(Collectors.toSet()));

        Set<Long> touched = new TreeSet<>(selves.keySet());
        found.values().forEach(f -> touched.add(f.other().statementId()));
        gone.values().forEach(g -> touched.add(g.other()));
        Set<Long> alive = new HashSet<>(lifecycle.lockStatements(touched));
        Map<Long, Integer> current = claims.revisions(alive);
        // a statement changed or deleted meanwhile is left to its newer revision's run (queued already)
        BiPredicate<Long, Integer> unchanged = (id, revision) -> alive.contains(id) && Objects.equals(current.get(id), revision);
        Map<Long, Integer> compared = new TreeMap<>();
        selves.values().stream().filter(p -> unchanged.test(p.statementId(), p.revision()))
                .forEach(p -> compared.put(p.statementId(), p.revision()));
        found.values().removeIf(f -> !compared.containsKey(f.self().statementId())
                || !unchanged.test(f.other().statementId(), f.other().revision()));
        gone.values().removeIf(g -> !compared.containsKey(g.self()) || !unchanged.test(g.other(), goneSeen.get(g.other())));

        Set<PairKey> pairs = new TreeSet<>(found.keySet());
        pairs.addAll(gone.keySet());
        Map<PairKey, Stored> locked = lifecycle.lockPairs(pairs);
        List<ContradictionRepository.NewPair> fresh = new ArrayList<>();
        found.forEach((key, f) -> {
            Stored row = locked.get(key);
            if (row == null) {
                fresh.add(new ContradictionRepository.NewPair(f.other().statementId(), f.self().statementId(),
                        f.verdict(), Scope.of(f.other(), f.self())));
            } else {
                update(lifecycle, row, f);
            }
        });
        gone.forEach((key, g) -> {
            Stored row = locked.get(key);
            if (row != null && !LifecycleRepository.WITHDRAWN.equals(row.status())) {
                withdraw(lifecycle, row, "no longer found by " + Detector.VERSION + " after statement " + g.self()
                        + " was read again");
            }
        });
        List<Long> created = repository.insertAll(fresh, Detector.VERSION, now);
        new EventRepository(tx).appendAll(Event.CONTRADICTION_CREATED, repository.findAll(created));
        new DetectionQueueRepository(tx).remove(queued);
        claims.markDetected(compared, Detector.VERSION, now);
    }

    /** Updates a stored pair in place when its verdict changed or it had been withdrawn. */
    private void update(LifecycleRepository lifecycle, Stored row, Found f) {
        String scope = Scope.of(f.other(), f.self());
        boolean withdrawn = LifecycleRepository.WITHDRAWN.equals(row.status());
        if (!withdrawn && row.sameAs(f.verdict(), scope, Detector.VERSION)) {
            return; // found again, unchanged: nothing to tell anyone
        }
        String status = withdrawn ? lifecycle.lastReviewedStatus(row.id()) : row.status();
        lifecycle.update(row.id(), f.verdict(), scope, status, Detector.VERSION, now);
        lifecycle.history(row.id(), withdrawn ? "restored" : "updated", status, withdrawn
                ? "found again by " + Detector.VERSION + ": " + f.verdict().kind().json() + " " + f.verdict().relation().json()
                : "found again by " + Detector.VERSION + ": " + changes(row, f.verdict(), scope), now);
        event(Event.CONTRADICTION_UPDATED, row.id());
    }

    void withdraw(LifecycleRepository lifecycle, Stored row, String why) {
        lifecycle.withdraw(row.id(), now);
        lifecycle.history(row.id(), LifecycleRepository.WITHDRAWN, LifecycleRepository.WITHDRAWN, why, now);
        event(Event.CONTRADICTION_WITHDRAWN, row.id());
    }

    private void event(String type, long contradictionId) {
        new EventRepository(tx).append(type, new ContradictionRepository(tx).find(contradictionId).orElseThrow());
    }

    private static String changes(Stored row, Verdict verdict, String scope) {
        StringBuilder text = new StringBuilder();
        change(text, "kind", row.kind(), verdict.kind().json());
        change(text, "relation", row.relation(), verdict.relation().json());
        change(text, "scope", row.scope(), scope);
        change(text, "confidence", Double.toString(row.confidence()), Double.toString(verdict.confidence()));
        change(text, "detector", row.detectorVersion(), Detector.VERSION);
        return text.length() == 0 ? "explanation or evidence changed" : text.toString();
    }

    private static void change(StringBuilder text, String field, String before, String after) {
        if (!before.equals(after)) {
            text.append(text.length() == 0 ? "" : ", ").append(field).append(' ').append(before).append(" -> ").append(after);
        }
    }
}
