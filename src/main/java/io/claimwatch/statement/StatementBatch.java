package io.claimwatch.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.analysis.Claim;
import io.claimwatch.event.Event;
import io.claimwatch.event.EventRepository;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ApiProblem.FieldError;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk ingest of NDJSON statements, a chunk of lines at a time: lines are parsed and checked as
 * POST /statements checks a body, texts are analysed in parallel, and each chunk's new statements,
 * claims, index rows and queue rows are written with multi-row INSERTs in one transaction. Lines
 * whose externalId is stored already are answered "exists" without being analysed again, so
 * re-sending a file changes nothing. Detection runs through the queue: at once per statement when
 * the caller asks for it, otherwise by detection workers.
 */
public final class StatementBatch {

    /** Lines written per transaction. */
    public static final int CHUNK = 200;
    private static final Logger log = LoggerFactory.getLogger(StatementBatch.class);

    /** What became of one line: created or exists (with the statement's id), or invalid (with the problem). */
    public record Result(long line, String status, Long id, ApiProblem problem) {
        static Result created(long line, long id) {
            return new Result(line, "created", id, null);
        }

        static Result exists(long line, long id) {
            return new Result(line, "exists", id, null);
        }

        static Result invalid(long line, ApiProblem problem) {
            return new Result(line, "invalid", null, problem);
        }
    }

    /** Counts over a whole run. */
    public record Tally(long lines, long created, long exists, long invalid) {
        Tally plus(List<Result> results) {
            long c = results.stream().filter(r -> r.status().equals("created")).count();
            long e = results.stream().filter(r -> r.status().equals("exists")).count();
            return new Tally(lines + results.size(), created + c, exists + e, invalid + results.size() - c - e);
        }
    }

    /** A line read and checked: its input, or why it was refused. */
    private record Parsed(long line, StatementInput input, ApiProblem problem) {
    }

    private final DSLContext dsl;
    private final StatementService statements;
    private final ClaimExtractor extractor;
    private final Bodies bodies;

    public StatementBatch(DSLContext dsl, StatementService statements, ClaimExtractor extractor, Bodies bodies) {
        this.dsl = dsl;
        this.statements = statements;
        this.extractor = extractor;
        this.bodies = bodies;
    }

    /**
     * Ingests every line, analysing on {@code analysis}. {@code detect} (null: leave it to the
     * workers) is called for each created statement once its chunk committed; {@code out} gets each
     * chunk's results in line order once they are final. The next chunk is analysed while one is
     * stored (and detected), so the cores analysing are never idle waiting for the database.
     */
    public Tally run(NdjsonLines lines, ExecutorService analysis, LongConsumer detect, Consumer<List<Result>> out) {
        Tally tally = new Tally(0, 0, 0, 0);
        List<Parsed> chunk = new ArrayList<>(CHUNK);
        Analysing pending = null;
        for (NdjsonLines.Line line = lines.next(); ; line = lines.next()) {
            if (line != null) {
                chunk.add(parse(line, lines.maxBytes()));
            }
            if (chunk.size() == CHUNK || line == null && !chunk.isEmpty()) {
                Analysing next = analyse(chunk, analysis, pending == null ? Set.of() : pending.externalIds());
                if (pending != null) {
                    tally = finish(pending, detect, tally, out);
                }
                pending = next;
                chunk = new ArrayList<>(CHUNK);
            }
            if (line == null) {
                return pending == null ? tally : finish(pending, detect, tally, out);
            }
        }
    }

    private Tally finish(Analysing chunk, LongConsumer detect, Tally tally, Consumer<List<Result>> out) {
        List<Result> results = store(chunk, detect);
        out.accept(results);
        return tally.plus(results);
    }

    private Parsed parse(NdjsonLines.Line line, int maxBytes) {
        try {
            if (line.tooLong()) {
                throw new ApiProblem(413, "Payload too large", "the line is longer than " + maxBytes + " bytes",
                        List.of(new FieldError("line", "longer than " + maxBytes + " bytes")));
            }
            JsonNode node;
            try {
                node = bodies.mapper().readTree(line.text());
            } catch (JsonProcessingException e) {
                throw ApiProblem.badRequest("body", "malformed JSON");
            }
            if (node == null || !node.isObject()) {
                throw ApiProblem.badRequest("body", "each line must be a JSON object");
            }
            StatementInput input = bodies.convert(node, StatementInput.class);
            input.validate();
            return new Parsed(line.number(), input, null);
        } catch (ApiProblem problem) {
            return new Parsed(line.number(), null, problem);
        }
    }

    /**
     * A chunk whose texts are being analysed: {@code results} holds the lines answered already,
     * {@code fresh} those to store once {@code claims} are done, {@code later} those to take one at a
     * time after them (an externalId repeated within the chunk or in the chunk before it).
     */
    private record Analysing(List<Result> results, List<Parsed> fresh, List<Future<List<Claim>>> claims,
                             List<Parsed> later, Set<String> externalIds) {
    }

    private Analysing analyse(List<Parsed> chunk, ExecutorService analysis, Set<String> beingStored) {
        List<Result> results = new ArrayList<>();
        Set<String> externalIds = new HashSet<>();
        chunk.stream().filter(p -> p.input() != null && p.input().externalId() != null)
                .forEach(p -> externalIds.add(p.input().externalId()));
        Map<String, Statement> known = new StatementRepository(dsl).findByExternalIds(externalIds);
        List<Parsed> fresh = new ArrayList<>();
        List<Parsed> later = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Parsed p : chunk) {
            String externalId = p.input() == null ? null : p.input().externalId();
            if (p.input() == null) {
                results.add(Result.invalid(p.line(), p.problem()));
            } else if (externalId != null && known.containsKey(externalId)) {
                results.add(replayed(p, known.get(externalId)));
            } else if (externalId != null && (!seen.add(externalId) || beingStored.contains(externalId))) {
                later.add(p);
            } else {
                fresh.add(p);
            }
        }
        List<Future<List<Claim>>> claims = new ArrayList<>();
        for (Parsed p : fresh) {
            claims.add(analysis.submit(() -> extractor.extract(p.input().text(), p.input().statedSpan())));
        }
        return new Analysing(results, fresh, claims, later, externalIds);
    }

    private List<Result> store(Analysing chunk, LongConsumer detect) {
        List<Result> results = new ArrayList<>(chunk.results());
        List<Parsed> analysed = new ArrayList<>();
        List<List<Claim>> analysedClaims = new ArrayList<>();
        for (int i = 0; i < chunk.fresh().size(); i++) {
            try {
                analysedClaims.add(chunk.claims().get(i).get());
                analysed.add(chunk.fresh().get(i));
            } catch (ExecutionException e) {
                results.add(Result.invalid(chunk.fresh().get(i).line(), e.getCause() instanceof ApiProblem problem ? problem
                        : new ApiProblem(422, "Unprocessable", "the text could not be analysed", List.of(new FieldError("text", "could not be analysed")))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        List<Long> created = new ArrayList<>();
        try {
            results.addAll(store(analysed, analysedClaims, created));
        } catch (IntegrityConstraintViolationException e) {
            // another writer stored one of these externalIds, or removed a referenced row, meanwhile:
            // one statement at a time then, each exactly as POST /statements would take it
            created.clear();
            for (Parsed p : analysed) {
                results.add(one(p, created));
            }
        }
        for (Parsed p : chunk.later()) {
            results.add(one(p, created));
        }
        if (detect != null) {
            for (long id : created) {
                try {
                    detect.accept(id);
                } catch (RuntimeException e) {
                    log.error("detecting statement {} failed; it stays queued for the workers", id, e);
                }
            }
        }
        results.sort(Comparator.comparingLong(Result::line));
        return results;
    }

    /** One transaction: the lines whose references exist are inserted, the others answered 422. */
    private List<Result> store(List<Parsed> lines, List<List<Claim>> claims, List<Long> created) {
        if (lines.isEmpty()) {
            return List.of();
        }
        return dsl.transactionResult(tx -> {
            List<Result> results = new ArrayList<>();
            References references = References.of(tx.dsl(), lines.stream().map(Parsed::input).toList());
            List<StatementInput> inputs = new ArrayList<>();
            List<List<Claim>> keptClaims = new ArrayList<>();
            List<Long> lineNumbers = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                List<FieldError> errors = references.errors(lines.get(i).input());
                if (errors.isEmpty()) {
                    inputs.add(lines.get(i).input());
                    keptClaims.add(claims.get(i));
                    lineNumbers.add(lines.get(i).line());
                } else {
                    results.add(Result.invalid(lines.get(i).line(), ApiProblem.unprocessable(errors)));
                }
            }
            OffsetDateTime now = Clock.now();
            List<Long> ids = new StatementRepository(tx.dsl()).insertAll(inputs, now);
            new ClaimRepository(tx.dsl()).insertFirst(ids, keptClaims, inputs.stream().map(StatementInput::topicIds).toList());
            new DetectionQueueRepository(tx.dsl()).enqueueNew(ids, now);
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                StatementInput in = inputs.get(i);
                events.add(Map.of("id", ids.get(i), "sourceId", in.sourceId(),
                        "statedOn", in.statedOn().trim(), "topicIds", in.topicIds().stream().sorted().toList(), "text", in.text()));
                results.add(Result.created(lineNumbers.get(i), ids.get(i)));
            }
            new EventRepository(tx.dsl()).appendAll(Event.STATEMENT_CREATED, events);
            created.addAll(ids);
            return results;
        });
    }

    /** A line taken on its own, as POST /statements?wait=false takes a body. */
    private Result one(Parsed p, List<Long> created) {
        try {
            StatementService.Saved saved = statements.create(p.input(), false);
            if (saved.created()) {
                created.add(saved.statement().id());
                return Result.created(p.line(), saved.statement().id());
            }
            return Result.exists(p.line(), saved.statement().id());
        } catch (ApiProblem problem) {
            return Result.invalid(p.line(), problem);
        }
    }

    private static Result replayed(Parsed p, Statement known) {
        try {
            StatementService.sameContent(known, p.input());
            return Result.exists(p.line(), known.id());
        } catch (ApiProblem problem) {
            return Result.invalid(p.line(), problem);
        }
    }
}
