package io.claimwatch.source;

import static io.claimwatch.db.Tables.SOURCE;
import static io.claimwatch.db.Tables.SPEAKER;
import static io.claimwatch.db.Tables.STATEMENT;

import io.claimwatch.catalog.CatalogNames;
import io.claimwatch.catalog.SlugTableStore;
import io.claimwatch.db.tables.records.SourceRecord;
import io.claimwatch.web.JsonText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** All SQL about sources. */
public final class SourceRepository extends SlugTableStore<SourceRecord, SourceInput, Source> {

    public SourceRepository(DSLContext dsl) {
        super(dsl, SOURCE, SOURCE.ID);
    }

    @Override
    public void insert(SourceInput in, OffsetDateTime now) {
        dsl.insertInto(SOURCE)
                .set(SOURCE.ID, in.id()).set(SOURCE.NAME, in.name()).set(SOURCE.KIND, in.kind())
                .set(SOURCE.COUNTRY, in.country()).set(SOURCE.URL, in.url()).set(SOURCE.ALIASES, JsonText.write(in.aliases()))
                .set(SOURCE.CREATED_AT, now).set(SOURCE.UPDATED_AT, now)
                .execute();
        CatalogNames.replace(dsl, CatalogNames.SOURCE, in.id(), in.name(), in.aliases());
    }

    @Override
    public void update(SourceInput in, OffsetDateTime now) {
        dsl.update(SOURCE)
                .set(SOURCE.NAME, in.name()).set(SOURCE.KIND, in.kind()).set(SOURCE.COUNTRY, in.country())
                .set(SOURCE.URL, in.url()).set(SOURCE.ALIASES, JsonText.write(in.aliases())).set(SOURCE.UPDATED_AT, now)
                .set(SOURCE.VERIFIED, true) // a person edited it
                .where(SOURCE.ID.eq(in.id()))
                .execute();
        CatalogNames.replace(dsl, CatalogNames.SOURCE, in.id(), in.name(), in.aliases());
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

    @Override
    protected Source toEntry(SourceRecord r) {
        return new Source(r.getId(), r.getName(), r.getKind(), r.getCountry(), r.getUrl(), JsonText.readStrings(r.getAliases()),
                r.getCreatedAt(), r.getUpdatedAt(), r.getVerified());
    }

}
