package io.claimwatch.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.App.Services;
import io.claimwatch.contradiction.ContradictionFilter;
import io.claimwatch.statement.ClaimRepository;
import io.claimwatch.statement.StatementFilter;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ApiProblem.FieldError;
import io.claimwatch.web.Checks;
import io.claimwatch.web.Clock;
import io.claimwatch.web.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.analysis.Claim;
import io.claimwatch.source.Source;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.statement.DetectionQueueRepository;
import io.claimwatch.topic.Topic;
import io.claimwatch.web.Bodies;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.TransactionalRunnable;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Export of the whole store as one document, and its import: all-or-nothing, idempotent on ids and
 * externalIds. Import restores records as exported; it does not re-run detection or emit events.
 */
public final class DatasetService {

    private static final int PAGE = 500;
    /** Statements whose claims are read in parallel at a time, in a streamed import. */
    private static final int CHUNK = 200;
    private static final StatementFilter ALL_STATEMENTS = new StatementFilter(null, null, null, null, null, null, null);
    private static final ContradictionFilter ALL_CONTRADICTIONS =
            new ContradictionFilter(null, null, null, null, null, null, null, null, null, null);

    private final DSLContext dsl;
    private final Services services;
    private final ObjectMapper mapper;

    public DatasetService(DSLContext dsl, Services services, ObjectMapper mapper) {
        this.dsl = dsl;
        this.services = services;
        this.mapper = mapper;
    }

    /** Streams the document section by section, a page at a time. */
    public void export(OutputStream out, Progress progress) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("formatVersion", DatasetDocument.FORMAT_VERSION);
            json.writeStringField("exportedAt", Clock.now().toString());
            section(json, "sources", cursor -> services.sources().list(cursor, PAGE), Function.identity(), progress);
            section(json, "speakers", cursor -> services.speakers().list(cursor, PAGE), Function.identity(), progress);
            section(json, "topics", cursor -> services.topics().list(cursor, PAGE), Function.identity(), progress);
            section(json, "statements", cursor -> services.statements().list(ALL_STATEMENTS, cursor, PAGE),
                    DatasetStatement::of, progress);
            section(json, "contradictions", cursor -> services.contradictions().list(ALL_CONTRADICTIONS, cursor, PAGE),
                    DatasetContradiction::of, progress);
            json.writeEndObject();
        }
    }

    private static <T> void section(JsonGenerator json, String name, Function<String, Page<T>> pages,
                                    Function<T, ?> shape, Progress progress) throws IOException {
        json.writeArrayFieldStart(name);
        long[] done = {0};
        Page.walk(pages, item -> {
            try {
                json.writeObject(shape.apply(item));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.step(name, ++done[0], -1);
        });
        json.writeEndArray();
    }

    /** Imports the document in one transaction; with {@code dryRun} it is rolled back and only the report stays. */
    public ImportReport importDocument(DatasetDocument doc, boolean dryRun, Progress progress) {
        validate(doc);
        Map<String, ImportReport.Tally> tallies = ImportReport.empty();
        return inOneTransaction(dryRun, tallies, tx -> {
            DatasetRepository repository = new DatasetRepository(tx.dsl());
            ClaimRepository claims = new ClaimRepository(tx.dsl());
            each(doc.sources(), "sources", tallies, progress, repository::put);
            each(doc.speakers(), "speakers", tallies, progress, repository::put);
            each(doc.topics(), "topics", tallies, progress, repository::put);
            each(doc.statements(), "statements", tallies, progress, s -> {
                ImportReport.Outcome outcome = repository.put(s);
                if (outcome != ImportReport.Outcome.UNCHANGED) {
                    claims.replace(s.id(), services.extractor().extract(s.text(), s.toInput().statedSpan()), s.topicIds());
                }
                return outcome;
            });
            each(doc.contradictions(), "contradictions", tallies, progress, repository::put);
        });
    }

    /**
     * The same import as {@link #importDocument}, with the document read as a stream twice (once to
     * check every record, once per section to write it), so memory stays flat whatever its size.
     * Changed statements are analysed {@link #CHUNK} at a time on {@code analysis}; with
     * {@code queueDetection} each is also queued for detection (run by detection workers after the commit).
     */
    public ImportReport importStream(DatasetStream.Source source, boolean dryRun, boolean queueDetection,
                                     ExecutorService analysis, Progress progress) {
        DatasetStream stream = new DatasetStream(source, mapper);
        Bodies bodies = new Bodies(mapper);
        if (stream.formatVersion() != DatasetDocument.FORMAT_VERSION) {
            throw ApiProblem.badRequest("formatVersion", "must be " + DatasetDocument.FORMAT_VERSION);
        }
        Map<String, Long> totals = new java.util.HashMap<>();
        for (String section : DatasetStream.SECTIONS) {
            long[] count = {0};
            stream.forEach(section, (name, index, node) -> {
                Object record = record(bodies, name, index, node);
                check(name, index, record);
                count[0]++;
            });
            totals.put(section, count[0]);
        }
        Map<String, ImportReport.Tally> tallies = ImportReport.empty();
        return inOneTransaction(dryRun, tallies, tx -> {
            DatasetRepository repository = new DatasetRepository(tx.dsl());
            Claims claims = new Claims(tx.dsl(), analysis, queueDetection);
            for (String section : DatasetStream.SECTIONS) {
                long[] done = {0};
                stream.forEach(section, (name, index, node) -> {
                    ImportReport.Outcome outcome = put(repository, claims, record(bodies, name, index, node));
                    tallies.put(name, tallies.get(name).plus(outcome));
                    progress.step(name, ++done[0], totals.get(name));
                });
                claims.flush();
            }
        });
    }

    /** Runs an import's writes in one transaction: rolled back on {@code dryRun}, refused as a whole when inconsistent. */
    private ImportReport inOneTransaction(boolean dryRun, Map<String, ImportReport.Tally> tallies,
                                          TransactionalRunnable writes) {
        try {
            dsl.transaction(tx -> {
                writes.run(tx);
                if (dryRun) {
                    throw new RolledBack();
                }
            });
        } catch (RolledBack e) {
            return new ImportReport(true, tallies);
        } catch (IntegrityConstraintViolationException e) {
            throw new ApiProblem(422, "Inconsistent dataset", "the dataset refers to records it does not contain "
                    + "and the database does not hold, or repeats a unique value (an externalId, a pair of statements)", List.of());
        }
        new DatasetRepository(dsl).restartIdentities(); // DDL: outside the transaction, since H2 commits on it
        return new ImportReport(false, tallies);
    }

    /** Claims of imported statements, read again in parallel a chunk at a time. */
    private final class Claims {
        private final DSLContext tx;
        private final ExecutorService analysis;
        private final boolean queue;
        private final List<DatasetStatement> pending = new ArrayList<>();

        Claims(DSLContext tx, ExecutorService analysis, boolean queue) {
            this.tx = tx;
            this.analysis = analysis;
            this.queue = queue;
        }

        ImportReport.Outcome after(DatasetStatement s, ImportReport.Outcome outcome) {
            if (outcome != ImportReport.Outcome.UNCHANGED) {
                pending.add(s);
                if (pending.size() == CHUNK) {
                    flush();
                }
            }
            return outcome;
        }

        void flush() {
            List<Future<List<Claim>>> read = new ArrayList<>();
            for (DatasetStatement s : pending) {
                read.add(analysis.submit(() -> services.extractor().extract(s.text(), s.toInput().statedSpan())));
            }
            ClaimRepository claims = new ClaimRepository(tx);
            DetectionQueueRepository detection = new DetectionQueueRepository(tx);
            for (int i = 0; i < pending.size(); i++) {
                DatasetStatement s = pending.get(i);
                List<Claim> found;
                try {
                    found = read.get(i).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
                int revision = claims.replace(s.id(), found, s.topicIds());
                if (queue) {
                    detection.enqueue(s.id(), revision, Clock.now());
                }
            }
            pending.clear();
        }
    }

    private static Object record(Bodies bodies, String section, int index, JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiProblem.badRequest(section + "[" + index + "]", "must be an object, not null");
        }
        Class<?> type = switch (section) {
            case "sources" -> Source.class;
            case "speakers" -> Speaker.class;
            case "topics" -> Topic.class;
            case "statements" -> DatasetStatement.class;
            default -> DatasetContradiction.class;
        };
        try {
            return bodies.convert(node, type);
        } catch (ApiProblem e) {
            String prefix = section + "[" + index + "]";
            throw ApiProblem.invalid(e.errors().isEmpty() ? List.of(new FieldError(prefix, e.getMessage()))
                    : e.errors().stream().map(f -> new FieldError(prefix + "." + f.field(), f.message())).toList());
        }
    }

    private static ImportReport.Outcome put(DatasetRepository repository, Claims claims, Object record) {
        if (record instanceof Source s) {
            return repository.put(s);
        } else if (record instanceof Speaker s) {
            return repository.put(s);
        } else if (record instanceof Topic t) {
            return repository.put(t);
        } else if (record instanceof DatasetStatement s) {
            return claims.after(s, repository.put(s));
        }
        return repository.put((DatasetContradiction) record);
    }

    /** One record through the checks {@link #validate} applies to a whole document. */
    private static void check(String section, int index, Object record) {
        try {
            if (record instanceof Source s) {
                catalog(s.toInput()::validate, s.createdAt(), s.updatedAt());
            } else if (record instanceof Speaker s) {
                catalog(s.toInput()::validate, s.createdAt(), s.updatedAt());
            } else if (record instanceof Topic t) {
                catalog(t.toInput()::validate, t.createdAt(), t.updatedAt());
            } else if (record instanceof DatasetStatement s) {
                s.validate();
            } else {
                ((DatasetContradiction) record).validate();
            }
        } catch (ApiProblem e) {
            String prefix = section + "[" + index + "].";
            throw ApiProblem.invalid(e.errors().stream().map(f -> new FieldError(prefix + f.field(), f.message())).toList());
        }
    }

    private static <T> void each(List<T> items, String kind, Map<String, ImportReport.Tally> tallies, Progress progress,
                                 Function<T, ImportReport.Outcome> put) {
        int done = 0;
        for (T item : items) {
            tallies.put(kind, tallies.get(kind).plus(put.apply(item)));
            progress.step(kind, ++done, items.size());
        }
    }

    /** Every record must pass the checks the API applies; errors name the record, as in statements[3].statedOn. */
    private static void validate(DatasetDocument doc) {
        if (doc.formatVersion() != DatasetDocument.FORMAT_VERSION) {
            throw ApiProblem.badRequest("formatVersion", "must be " + DatasetDocument.FORMAT_VERSION);
        }
        check("sources", doc.sources(), s -> catalog(s.toInput()::validate, s.createdAt(), s.updatedAt()));
        check("speakers", doc.speakers(), s -> catalog(s.toInput()::validate, s.createdAt(), s.updatedAt()));
        check("topics", doc.topics(), t -> catalog(t.toInput()::validate, t.createdAt(), t.updatedAt()));
        check("statements", doc.statements(), DatasetStatement::validate);
        check("contradictions", doc.contradictions(), DatasetContradiction::validate);
    }

    private static void catalog(Runnable validateInput, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        Checks checks = new Checks();
        ImportChecks.times(checks, "createdAt", createdAt, updatedAt);
        checks.orThrow();
        validateInput.run();
    }

    private static <T> void check(String kind, List<T> items, Consumer<T> validate) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw ApiProblem.badRequest(kind + "[" + i + "]", "must be an object, not null");
            }
            try {
                validate.accept(items.get(i));
            } catch (ApiProblem e) {
                String prefix = kind + "[" + i + "].";
                throw ApiProblem.invalid(e.errors().stream()
                        .map(f -> new FieldError(prefix + f.field(), f.message())).toList());
            }
        }
    }

    /** Thrown inside the transaction to roll a dry run back. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }
}
