package io.claimwatch.statement;

import io.claimwatch.analysis.Claim;
import io.claimwatch.event.Event;
import io.claimwatch.event.EventRepository;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ApiProblem.FieldError;
import io.claimwatch.web.Clock;
import io.claimwatch.web.Cursors;
import io.claimwatch.web.Page;
import io.claimwatch.web.Preconditions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Statement use cases; each runs in one transaction, and listeners hear of it after commit. */
public final class StatementService {

    private static final Logger log = LoggerFactory.getLogger(StatementService.class);
    private final DSLContext dsl;
    private final ClaimExtractor extractor;
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();

    public StatementService(DSLContext dsl, ClaimExtractor extractor) {
        this.dsl = dsl;
        this.extractor = extractor;
    }

    public void addListener(StatementListener listener) {
        listeners.add(listener);
    }

    /** The stored statement and whether this call created it (false: its externalId was already known). */
    public record Saved(Statement statement, boolean created) {
    }

    public Saved create(StatementInput input) {
        return create(input, true);
    }

    /**
     * Stores the statement and its claims, queued for detection. With {@code detectNow} the listeners
     * (detection) run before this returns; without, the statement stays queued for a detection worker.
     */
    public Saved create(StatementInput input, boolean detectNow) {
        input.validate();
        Optional<Statement> known = knownExternalId(input.externalId());
        if (known.isPresent()) {
            return replayed(known.get(), input, detectNow);
        }
        List<Claim> claims = extractor.extract(input.text(), input.statedSpan()); // outside the transaction: CPU only
        Statement statement;
        try {
            statement = dsl.transactionResult(tx -> {
                StatementRepository statements = new StatementRepository(tx.dsl());
                checkReferences(tx.dsl(), input);
                OffsetDateTime now = Clock.now();
                long id = statements.insert(input, now);
                int revision = new ClaimRepository(tx.dsl()).replace(id, claims, input.topicIds());
                new DetectionQueueRepository(tx.dsl()).enqueue(id, revision, now);
                Statement stored = StatementRepository.asStored(id, input, claims, now); // no read-back
                new EventRepository(tx.dsl()).append(Event.STATEMENT_CREATED, Map.of("id", id,
                        "sourceId", stored.sourceId(), "statedOn", stored.statedOn(), "topicIds", stored.topicIds(),
                        "text", stored.text()));
                return stored;
            });
        } catch (IntegrityConstraintViolationException e) {
            // the same externalId was posted concurrently: the other request stored it
            return knownExternalId(input.externalId()).map(s -> replayed(s, input, detectNow)).orElseThrow(() -> raced(e));
        }
        if (detectNow) {
            notifySaved(statement);
        }
        return new Saved(statement, true);
    }

    public Statement get(long id) {
        return new StatementRepository(dsl).find(id).orElseThrow(() -> ApiProblem.notFound("statement", id));
    }

    /**
     * A text search ({@code q}) has no index to use, so each page reads at most {@link #Q_WINDOW}
     * statements in id order (a range of the primary key): a page may then hold fewer items than asked,
     * even none, and still name a next page, unless a topic (index-backed) bounds the search already.
     */
    public static final int Q_WINDOW = 20_000;

    public Page<Statement> list(StatementFilter filter, String cursor, int limit) {
        StatementRepository repository = new StatementRepository(dsl);
        long after = Cursors.decodeLong(cursor);
        if (filter.q() == null || filter.topicId() != null) { // a topic bounds the search by itself
            return Page.of(repository.list(filter, after, Long.MAX_VALUE, limit + 1), limit, s -> Long.toString(s.id()));
        }
        Optional<Long> first = repository.firstIdAfter(after);
        if (first.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        long last = first.get() + Q_WINDOW - 1;
        List<Statement> rows = repository.list(filter, after, last, limit + 1);
        if (rows.size() > limit) {
            return Page.of(rows, limit, s -> Long.toString(s.id()));
        }
        return new Page<>(rows, repository.firstIdAfter(last).isPresent() ? Cursors.encode(Long.toString(last)) : null);
    }

    /** Applies {@code change} if the client's ETag still names the current version. */
    public Statement change(long id, String ifMatch, UnaryOperator<StatementInput> change) {
        Statement statement;
        try {
            statement = dsl.transactionResult(tx -> {
                StatementRepository statements = new StatementRepository(tx.dsl());
                Statement current = statements.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("statement", id));
                Preconditions.requireCurrent(ifMatch, current.version());
                StatementInput changed = change.apply(current.toInput());
                changed.validate();
                checkReferences(tx.dsl(), changed);
                statements.update(id, changed, Clock.now());
                int revision = new ClaimRepository(tx.dsl()).replace(id,
                        extractor.extract(changed.text(), changed.statedSpan()), changed.topicIds());
                new DetectionQueueRepository(tx.dsl()).enqueue(id, revision, Clock.now());
                return statements.find(id).orElseThrow();
            });
        } catch (IntegrityConstraintViolationException e) {
            throw ApiProblem.conflict("externalId", "another statement already has this externalId");
        }
        notifySaved(statement);
        return statement;
    }

    /** Deletes the statement; listeners may refuse first (409 for reviewed contradictions unless {@code force}). */
    public void delete(long id, String ifMatch, boolean force) {
        dsl.transaction(tx -> {
            StatementRepository statements = new StatementRepository(tx.dsl());
            Statement current = statements.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("statement", id));
            Preconditions.requireCurrent(ifMatch, current.version());
            for (StatementListener listener : listeners) {
                listener.deleting(tx.dsl(), id, force);
            }
            statements.delete(id);
        });
        for (StatementListener listener : listeners) {
            listener.deleted(id);
        }
    }

    /**
     * Reads the statement's claims again with the current analyzer and queues it for detection;
     * empty when it no longer exists. The caller runs the detection (or leaves it to the sweep).
     */
    public Optional<Statement> reread(long id) {
        return dsl.transactionResult(tx -> {
            StatementRepository statements = new StatementRepository(tx.dsl());
            Optional<Statement> current = statements.findForUpdate(id);
            if (current.isPresent()) {
                Statement s = current.get();
                int revision = new ClaimRepository(tx.dsl()).replace(id,
                        extractor.extract(s.text(), s.toInput().statedSpan()), s.topicIds());
                new DetectionQueueRepository(tx.dsl()).enqueue(id, revision, Clock.now());
            }
            return current;
        });
    }

    /**
     * A retry of a known externalId: if the first attempt stored it but died before detecting it,
     * detection runs now, so the retry leaves the statement as a successful first post would.
     */
    private Saved retried(Statement statement, boolean detectNow) {
        if (detectNow && new DetectionQueueRepository(dsl).isQueued(statement.id())) {
            notifySaved(statement);
        }
        return new Saved(statement, false);
    }

    /**
     * The statement is committed whatever a listener does; a failing listener is logged rather
     * than turning a stored statement into an error response.
     */
    private void notifySaved(Statement statement) {
        for (StatementListener listener : listeners) {
            try {
                listener.saved(statement);
            } catch (RuntimeException e) {
                log.error("after saving statement {}: {} failed", statement.id(), listener.getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * A repeated POST under a known externalId: the same content is the stored statement (200), other
     * content is a 409 naming the fields that differ, never silently dropped. Topics compare as sets.
     */
    private Saved replayed(Statement known, StatementInput input, boolean detectNow) {
        sameContent(known, input);
        return retried(known, detectNow);
    }

    /** 409 naming the fields in which {@code input} differs from {@code known}, stored under the same externalId. */
    static void sameContent(Statement known, StatementInput input) {
        StatementInput stored = known.toInput();
        List<String> differing = new ArrayList<>();
        for (RecordComponent component : StatementInput.class.getRecordComponents()) {
            try {
                Object mine = component.getAccessor().invoke(input);
                Object theirs = component.getAccessor().invoke(stored);
                if (mine instanceof List<?> a && theirs instanceof List<?> b ? !Set.copyOf(a).equals(Set.copyOf(b))
                        : !Objects.equals(mine, theirs)) {
                    differing.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!differing.isEmpty()) {
            throw new ApiProblem(409, "Conflict", "statement " + known.id() + " already has this externalId with other "
                    + String.join(", ", differing) + "; PATCH it to change it",
                    differing.stream().map(f -> new FieldError(f, "differs from the stored statement " + known.id())).toList());
        }
    }

    private Optional<Statement> knownExternalId(String externalId) {
        return externalId == null ? Optional.empty() : new StatementRepository(dsl).findByExternalId(externalId);
    }

    /** 422 naming every field that refers to something that does not exist. */
    private static void checkReferences(DSLContext tx, StatementInput in) {
        List<FieldError> errors = References.of(tx, List.of(in)).errors(in);
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable(errors);
        }
    }

    private static ApiProblem raced(IntegrityConstraintViolationException e) {
        return ApiProblem.conflict(null, "a referenced source, speaker or topic changed while saving; retry");
    }
}
