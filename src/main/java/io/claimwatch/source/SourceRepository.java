package io.claimwatch.source;

import static io.claimwatch.db.Tables.SOURCE;
import static io.claimwatch.db.Tables.SPEAKER;
import static io.claimwatch.db.Tables.STATEMENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.catalog.CatalogStore;
import io.claimwatch.db.tables.records.SourceRecord;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** All SQL about sources. */
public final class SourceRepository implements CatalogStore<SourceInput, Source> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DSLContext dsl;

    public SourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Source> find(String id) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.eq(id)).fetchOptional(SourceRepository::toSource);
    }

    @Override
    public Optional<Source> findForUpdate(String id) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.eq(id)).forUpdate().fetchOptional(SourceRepository::toSource);
    }

    @Override
    public List<Source> list(String afterId, int limit) {
        var query = dsl.selectFrom(SOURCE);
        var filtered = afterId == null ? query : query.where(SOURCE.ID.gt(afterId));
        return filtered.orderBy(SOURCE.ID).limit(limit).fetch(SourceRepository::toSource);
    }

    /** The ids among {@code ids} that name no source. */
    public List<String> missing(List<String> ids) {
        List<String> known = dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.ID.in(ids)).fetch(SOURCE.ID);
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    @Override
    public void insert(SourceInput in, OffsetDateTime now) {
        dsl.insertInto(SOURCE)
                .set(SOURCE.ID, in.id()).set(SOURCE.NAME, in.name()).set(SOURCE.KIND, in.kind())
                .set(SOURCE.COUNTRY, in.country()).set(SOURCE.URL, in.url()).set(SOURCE.ALIASES, write(in.aliases()))
                .set(SOURCE.CREATED_AT, now).set(SOURCE.UPDATED_AT, now)
                .execute();
    }

    @Override
    public void update(SourceInput in, OffsetDateTime now) {
        dsl.update(SOURCE)
                .set(SOURCE.NAME, in.name()).set(SOURCE.KIND, in.kind()).set(SOURCE.COUNTRY, in.country())
                .set(SOURCE.URL, in.url()).set(SOURCE.ALIASES, write(in.aliases())).set(SOURCE.UPDATED_AT, now)
                .where(SOURCE.ID.eq(in.id()))
                .execute();
    }

    @Override
    public void delete(String id) {
        dsl.deleteFrom(SOURCE).where(SOURCE.ID.eq(id)).execute();
    }

    @Override
    public Optional<String> usedBy(String id) {
        int statements = dsl.fetchCount(STATEMENT, STATEMENT.SOURCE_ID.eq(id).or(STATEMENT.REPORTED_BY_ID.eq(id)));
        int speakers = dsl.fetchCount(SPEAKER, SPEAKER.SOURCE_ID.eq(id));
        if (statements == 0 && speakers == 0) {
            return Optional.empty();
        }
        return Optional.of(statements + " statement(s) and " + speakers + " speaker(s) refer to it");
    }

    private static Source toSource(SourceRecord r) {
        return new Source(r.getId(), r.getName(), r.getKind(), r.getCountry(), r.getUrl(), read(r.getAliases()),
                r.getCreatedAt(), r.getUpdatedAt());
    }

    private static String write(List<String> aliases) {
        try {
            return JSON.writeValueAsString(aliases);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(String aliases) {
        try {
            return JSON.readValue(aliases, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
