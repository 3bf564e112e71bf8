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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * One detection run: compares a queued statement with its candidates and brings its stored pairs in
 * line, in one transaction that also removes it from the queue. A pair found again keeps its id and
 * is updated in place; one no longer found is withdrawn, never deleted.
 *
 * <p>Why it is safe with several processes: the statement is compared after its claims committed,
 * against everything committed, so of two statements stored at once the later one's run sees the
 * earlier. Every pair write happens while both statement rows are locked (in id order) and only
 * if neither side's claims changed since they were compared; a side that changed is queued again
 * and its own run decides the pair. The unique key on the pair absorbs a double find.
 */
final class Detection {

    /** What the run found against one other statement, and the revision of that statement's claims. */
    private record Found(Verdict verdict, String scope, int revision) {
    }

    private final DSLContext tx;
    private final Comparer comparer;
    private final OffsetDateTime now = Clock.now();

    /**
     * Compares a stored statement with its candidates and with {@code alsoCompare} (in batches),
     * calling back for each verdict.
     */
    interface Comparer {
        void compare(ContradictionRepository repository, Party self, Collection<Long> alsoCompare,
                     BiConsumer<Party, Verdict> found);
    }

    Detection(DSLContext tx, Comparer comparer) {
        this.tx = tx;
        this.comparer = comparer;
    }

    /** Runs detection of the statement whose queue rows {@code revisions} the caller holds locked. */
    void run(long statementId, List<Integer> revisions) {
        ContradictionRepository repository = new ContradictionRepository(tx);
        LifecycleRepository lifecycle = new LifecycleRepository(tx);
        DetectionQueueRepository queue = new DetectionQueueRepository(tx);
        // read before the candidates: a pair stored by another run after this read was found by a
        // run that saw this statement, so it is one this run finds too, or one it never touches
        Map<Long, Stored> before = lifecycle.activeOf(statementId, false);
        Party self = repository.parties(List.of(statementId)).get(statementId);
        if (self == null) {
            queue.remove(statementId, revisions); // deleted meanwhile; the delete withdrew its pairs
            return;
        }
        Map<Long, Found> found = new HashMap<>();
        // the pairs it has are compared again whatever the candidate caps choose, so a pair is only
        // withdrawn when the detector no longer finds it, never because a busy key left it out
        comparer.compare(repository, self, before.keySet(),
                (other, verdict) -> found.put(other.statementId(), new Found(verdict, Scope.of(other, self), other.revision())));
        Set<Long> gone = new HashSet<>(before.keySet());
        gone.removeAll(found.keySet());
        ClaimRepository claims = new ClaimRepository(tx);
        Map<Long, Integer> goneSeen = claims.revisions(gone);

        Set<Long> touched = new TreeSet<>(found.keySet());
        touched.addAll(gone);
        touched.add(statementId);
        Set<Long> alive = new HashSet<>(lifecycle.lockStatements(touched));
        Map<Long, Integer> current = claims.revisions(alive);
        if (!alive.contains(statementId) || !Objects.equals(current.get(statementId), self.revision())) {
            queue.remove(statementId, revisions); // changed or deleted meanwhile: its newer revision is queued
            return;
        }
        found.forEach((other, f) -> {
            if (alive.contains(other) && Objects.equals(current.get(other), f.revision())) {
                put(lifecycle, statementId, other, f);
            }
        });
        for (long other : gone) {
            if (alive.contains(other) && Objects.equals(current.get(other), goneSeen.get(other))) {
                lifecycle.lockPair(statementId, other).filter(row -> !LifecycleRepository.WITHDRAWN.equals(row.status()))
                        .ifPresent(row -> withdraw(lifecycle, row, "no longer found by " + Detector.VERSION
                                + " after statement " + statementId + " was read again"));
            }
        }
        queue.remove(statementId, revisions);
        claims.markDetected(statementId, self.revision(), Detector.VERSION, now);
    }

    /** Stores the pair, or updates it in place when its verdict changed or it had been withdrawn. */
    private void put(LifecycleRepository lifecycle, long self, long other, Found f) {
        ContradictionRepository repository = new ContradictionRepository(tx);
        var stored = lifecycle.lockPair(self, other);
        if (stored.isEmpty()) {
            if (repository.insertIfAbsent(other, self, f.verdict(), f.scope(), Detector.VERSION, now)) {
                event(Event.CONTRADICTION_CREATED, repository.idOfPair(self, other).orElseThrow());
            }
            return;
        }
        Stored row = stored.get();
        boolean withdrawn = LifecycleRepository.WITHDRAWN.equals(row.status());
        if (!withdrawn && row.sameAs(f.verdict(), f.scope(), Detector.VERSION)) {
            return; // found again, unchanged: nothing to tell anyone
        }
        String status = withdrawn ? lifecycle.lastReviewedStatus(row.id()) : row.status();
        lifecycle.update(row.id(), f.verdict(), f.scope(), status, Detector.VERSION, now);
        lifecycle.history(row.id(), withdrawn ? "restored" : "updated", status, withdrawn
                ? "found again by " + Detector.VERSION + ": " + f.verdict().kind().json() + " " + f.verdict().relation().json()
                : "found again by " + Detector.VERSION + ": " + changes(row, f), now);
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

    private static String changes(Stored row, Found f) {
        StringBuilder text = new StringBuilder();
        change(text, "kind", row.kind(), f.verdict().kind().json());
        change(text, "relation", row.relation(), f.verdict().relation().json());
        change(text, "scope", row.scope(), f.scope());
        change(text, "confidence", Double.toString(row.confidence()), Double.toString(f.verdict().confidence()));
        change(text, "detector", row.detectorVersion(), Detector.VERSION);
        return text.length() == 0 ? "explanation or evidence changed" : text.toString();
    }

    private static void change(StringBuilder text, String field, String before, String after) {
        if (!before.equals(after)) {
            text.append(text.length() == 0 ? "" : ", ").append(field).append(' ').append(before).append(" -> ").append(after);
        }
    }
}
