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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Export of the whole store as one document, and its import: all-or-nothing, idempotent on ids and
 * externalIds. Import restores records as exported; it does not re-run detection or emit events.
 */
public final class DatasetService {

    private static final int PAGE = 500;
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
        try {
            dsl.transaction(tx -> {
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
