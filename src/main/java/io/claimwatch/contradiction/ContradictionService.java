package io.claimwatch.contradiction;

import io.claimwatch.analysis.Claim;
import io.claimwatch.detection.Detector;
import io.claimwatch.event.Event;
import io.claimwatch.event.EventRepository;
import io.claimwatch.detection.Verdict;
import io.claimwatch.statement.DetectionQueueRepository;
import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementListener;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Clock;
import io.claimwatch.web.Cursors;
import io.claimwatch.web.Page;
import io.claimwatch.web.Preconditions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.HashMap;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and serves contradictions. A stored statement is queued for detection with its claims;
 * detection runs right after the commit ({@link Detection}), or later by the sweep of any process
 * if this one died first. Reviews, and the withdrawal of pairs when a statement is deleted, are here.
 */
public final class ContradictionService implements StatementListener {

    private static final Logger log = LoggerFactory.getLogger(ContradictionService.class);

    /** Candidates are compared in batches so memory stays bounded on a busy topic. */
    private static final int BATCH = 500;

    private final DSLContext dsl;
    private final Detector detector;
    private final CandidatePicker picker;
    private final ClaimsCache claimsCache = new ClaimsCache(ClaimsCache.DEFAULT_CAPACITY);
    private final Counter capped;

    public ContradictionService(DSLContext dsl, Detector detector) {
        this(dsl, detector, CandidatePicker.DEFAULT, new SimpleMeterRegistry());
    }

    public ContradictionService(DSLContext dsl, Detector detector, CandidatePicker picker, MeterRegistry metrics) {
        this.dsl = dsl;
        this.detector = detector;
        this.picker = picker;
        this.capped = Counter.builder("claimwatch_detection_candidates_capped")
                .description("Statements compared with only some of the statements sharing their keys "
                        + "(a key shared by more than the per-key cap, or more candidates than the total cap)")
                .register(metrics);
    }

    @Override
    public void saved(Statement statement) {
        detect(statement.id(), true);
    }

    @Override
    public void deleted(long statementId) {
        // its pairs were withdrawn inside the deleting transaction (see deleting)
    }

    /**
     * Detects the statement if it is queued; {@code wait} waits for another process detecting it
     * (the caller answers only once it is done). True when this call ran it. A failure leaves the
     * statement queued for the sweep to retry.
     */
    public boolean detect(long statementId, boolean wait) {
        return dsl.transactionResult(tx -> {
            List<Integer> revisions = new DetectionQueueRepository(tx.dsl()).lock(statementId, wait);
            if (revisions.isEmpty()) {
                return false; // done already, or (without wait) being done elsewhere
            }
            new Detection(tx.dsl(), this::compare, claimsCache).run(Map.of(statementId, revisions));
            return true;
        });
    }

    /**
     * Detects up to {@code max} statements queued before {@code cutoff} that no other process holds,
     * in one run; returns how many (0 when none is left).
     */
    public int detectQueuedBefore(OffsetDateTime cutoff, int max) {
        return dsl.transactionResult(tx -> {
            Map<Long, List<Integer>> picked = new DetectionQueueRepository(tx.dsl()).pickOlderThan(cutoff, max);
            if (!picked.isEmpty()) {
                new Detection(tx.dsl(), this::compare, claimsCache).run(picked);
            }
            return picked.size();
        });
    }

    /**
     * Before a statement's row goes: 409 when a fact-checker reviewed one of its pairs, unless
     * {@code force}; then every pair of it is withdrawn and keeps the statement as it was.
     */
    @Override
    public void deleting(DSLContext tx, long statementId, boolean force) {
        LifecycleRepository lifecycle = new LifecycleRepository(tx);
        Map<Long, LifecycleRepository.Stored> active = lifecycle.activeOf(statementId, true);
        List<Long> reviewed = active.values().stream().filter(c -> !"open".equals(c.status()))
                .map(LifecycleRepository.Stored::id).sorted().toList();
        if (!reviewed.isEmpty() && !force) {
            throw ApiProblem.conflict("force", "statement " + statementId + " has reviewed contradictions " + reviewed
                    + "; delete with force=true to withdraw them (their review history is kept)");
        }
        ContradictionRepository repository = new ContradictionRepository(tx);
        Party self = repository.parties(List.of(statementId)).get(statementId);
        lifecycle.keepDeleted(statementId, self.paired());
        Detection detection = new Detection(tx, this::compare, claimsCache);
        active.values().stream().sorted(Comparator.comparingLong(LifecycleRepository.Stored::id))
                .forEach(c -> detection.withdraw(lifecycle, c, "statement " + statementId + " was deleted"));
    }

    /** What a statement would contradict if it were posted; nothing is stored. */
    public List<Finding> check(Party self, List<String> topicIds) {
        List<Finding> findings = new ArrayList<>();
        ContradictionRepository repository = new ContradictionRepository(dsl);
        List<Long> candidates = candidates(repository, self, ContradictionRepository.keysOf(topicIds, Claim.keysOf(self.claims())));
        compareWith(repository, List.of(self), Map.of(self.statementId(), new LinkedHashSet<>(candidates)), f -> {
            Verdict verdict = f.verdict();
            findings.add(new Finding(verdict.kind().json(), verdict.relation().json(), Scope.of(f.other(), self),
                    verdict.confidence(), verdict.explanation(), verdict.evidence(), f.other().paired()));
        });
        return findings;
    }

    /** A verdict against one stored statement, for {@link #check}. */
    public record Finding(String kind, String relation, String scope, double confidence, String explanation,
                          List<String> evidence, Contradiction.PairedStatement statement) {
    }

    /**
     * Compares stored statements with the candidates their claim index rows give (their keys and
     * the statements near them read for all of them at once), and each with its {@code alsoCompare}.
     */
    private void compare(ContradictionRepository repository, List<Party> selves, Map<Long, Set<Long>> alsoCompare,
                         Consumer<Detection.Found> found) {
        Map<Long, List<ContradictionRepository.TopicKey>> keys = repository.keysOf(
                selves.stream().map(Party::statementId).toList());
        List<ContradictionRepository.Probe> probes = new ArrayList<>();
        for (Party self : selves) {
            probes.addAll(probes(self, keys.getOrDefault(self.statementId(), List.of())));
        }
        Map<Long, Map<ContradictionRepository.Probe, List<CandidatePicker.Near>>> nearBySelf = new HashMap<>();
        repository.near(probes, picker.perKey() + 1)
                .forEach((probe, rows) -> nearBySelf.computeIfAbsent(probe.self(), k -> new LinkedHashMap<>()).put(probe, rows));
        Map<Long, Set<Long>> candidates = new HashMap<>();
        for (Party self : selves) {
            Set<Long> ids = new LinkedHashSet<>(pick(self, nearBySelf.getOrDefault(self.statementId(), Map.of())));
            ids.addAll(alsoCompare.getOrDefault(self.statementId(), Set.of()));
            candidates.put(self.statementId(), ids);
        }
        compareWith(repository, selves, candidates, found);
    }

    /** The statements worth comparing with {@code self}, chosen by {@link CandidatePicker}; counts runs it capped. */
    private List<Long> candidates(ContradictionRepository repository, Party self, List<ContradictionRepository.TopicKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return pick(self, repository.near(probes(self, keys), picker.perKey() + 1));
    }

    /** The statement's (topic, key) rows as probes around the earliest day it may have been said. */
    private static List<ContradictionRepository.Probe> probes(Party self, List<ContradictionRepository.TopicKey> keys) {
        return keys.stream().map(k -> new ContradictionRepository.Probe(self.statementId(), k, self.statedOn().earliest())).toList();
    }

    /** One statement's probes and what they found: the candidates {@link CandidatePicker} keeps. */
    private List<Long> pick(Party self, Map<ContradictionRepository.Probe, List<CandidatePicker.Near>> near) {
        CandidatePicker.Picked picked = picker.pick(near, self.statedOn().earliest());
        if (picked.capped()) {
            capped.increment();
            log.debug("statement {}: candidates capped at {} per key, {} in all", self.statementId(),
                    picker.perKey(), picker.total());
        }
        return picked.ids();
    }

    /** Compares each self with its candidates, loading the candidates of all of them in batches. */
    private void compareWith(ContradictionRepository repository, List<Party> selves, Map<Long, ? extends Set<Long>> candidates,
                         Consumer<Detection.Found> found) {
        List<Long> all = List.copyOf(candidates.values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        Map<Long, Detector.Prepared> readied = new HashMap<>(); // each self is compared with many others
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            Map<Long, Party> parties = repository.parties(batch, claimsCache);
            Map<Long, Detector.Prepared> prepared = new HashMap<>();
            for (Party self : selves) {
                Set<Long> mine = candidates.get(self.statementId());
                for (Long id : batch) {
                    Party other = parties.get(id);
                    if (other != null && other.statementId() != self.statementId() && mine.contains(id)) {
                        Detector.Prepared me = readied.computeIfAbsent(self.statementId(), k -> detector.prepare(self.view()));
                        Detector.Prepared them = prepared.computeIfAbsent(id, k -> detector.prepare(other.view()));
                        detector.compare(them, me).ifPresent(v -> found.accept(new Detection.Found(self, other, v)));
                    }
                }
            }
        }
    }

    /** Records a fact-checker's decision if {@code ifMatch} names the current version. */
    public Contradiction review(long id, String ifMatch, ReviewInput review) {
        review.validate();
        return dsl.transactionResult(tx -> {
            ContradictionRepository repository = new ContradictionRepository(tx.dsl());
            int version = repository.lockVersion(id).orElseThrow(() -> ApiProblem.notFound("contradiction", id));
            Preconditions.requireCurrent(ifMatch, version);
            if (LifecycleRepository.WITHDRAWN.equals(repository.find(id).orElseThrow().status())) {
                throw ApiProblem.conflict("status", "the detector no longer finds this pair (withdrawn); "
                        + "it can be reviewed again once it is found again");
            }
            repository.review(id, review, Clock.now());
            Contradiction updated = repository.find(id).orElseThrow();
            new EventRepository(tx.dsl()).append(Event.CONTRADICTION_UPDATED, updated);
            return updated;
        });
    }

    public Contradiction get(long id) {
        return new ContradictionRepository(dsl).find(id).orElseThrow(() -> ApiProblem.notFound("contradiction", id));
    }

    /** The review queue: newest first, or most confident first; the cursor carries the last key seen. */
    public Page<Contradiction> queue(ContradictionFilter filter, boolean mostConfidentFirst, String cursor, int limit) {
        String key = Cursors.decode(cursor);
        Double afterConfidence = null;
        Long afterId = null;
        if (key != null) {
            try {
                int bar = key.indexOf('|');
                afterConfidence = mostConfidentFirst ? Double.valueOf(key.substring(0, bar)) : null;
                afterId = Long.valueOf(key.substring(bar + 1));
            } catch (RuntimeException e) {
                throw ApiProblem.badRequest("cursor", "is not a cursor this service issued");
            }
        }
        List<Contradiction> rows = new ContradictionRepository(dsl).queue(filter, mostConfidentFirst, afterConfidence, afterId, limit + 1);
        return Page.of(rows, limit, c -> (mostConfidentFirst ? c.confidence() : "") + "|" + c.id());
    }

    public Page<Contradiction> list(ContradictionFilter filter, String cursor, int limit) {
        List<Contradiction> rows = new ContradictionRepository(dsl).list(filter, Cursors.decodeLong(cursor), limit + 1);
        return Page.of(rows, limit, c -> Long.toString(c.id()));
    }
}
