package io.claimwatch.speaker;

import static io.claimwatch.db.Tables.SOURCE;
import static io.claimwatch.db.Tables.SPEAKER;
import static io.claimwatch.db.Tables.STATEMENT;

import io.claimwatch.catalog.CatalogNames;
import io.claimwatch.catalog.SlugTableStore;
import io.claimwatch.db.tables.records.SpeakerRecord;
import io.claimwatch.web.ApiProblem.FieldError;
import io.claimwatch.web.JsonText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** All SQL about speakers. */
public final class SpeakerRepository extends SlugTableStore<SpeakerRecord, SpeakerInput, Speaker> {

    public SpeakerRepository(DSLContext dsl) {
        super(dsl, SPEAKER, SPEAKER.ID);
    }

    @Override
    public void insert(SpeakerInput in, OffsetDateTime now) {
        dsl.insertInto(SPEAKER)
                .set(SPEAKER.ID, in.id()).set(SPEAKER.NAME, in.name()).set(SPEAKER.TITLE, in.title())
                .set(SPEAKER.SOURCE_ID, in.sourceId()).set(SPEAKER.CREATED_AT, now).set(SPEAKER.UPDATED_AT, now)
                .set(SPEAKER.ALIASES, JsonText.write(in.aliases()))
                .execute();
        CatalogNames.replace(dsl, CatalogNames.SPEAKER, in.id(), in.name(), in.aliases());
    }

    @Override
    public void update(SpeakerInput in, OffsetDateTime now) {
        dsl.update(SPEAKER)
                .set(SPEAKER.NAME, in.name()).set(SPEAKER.TITLE, in.title()).set(SPEAKER.SOURCE_ID, in.sourceId())
                .set(SPEAKER.UPDATED_AT, now).set(SPEAKER.ALIASES, JsonText.write(in.aliases()))
                .set(SPEAKER.VERIFIED, true) // a person edited it
                .where(SPEAKER.ID.eq(in.id()))
                .execute();
        CatalogNames.replace(dsl, CatalogNames.SPEAKER, in.id(), in.name(), in.aliases());
    }

    @Override
    public Optional<String> usedBy(String id) {
        int statements = dsl.fetchCount(STATEMENT, STATEMENT.SPEAKER_ID.eq(id));
        return statements == 0 ? Optional.empty() : Optional.of(statements + " statement(s) refer to it");
    }

    @Override
    public List<FieldError> unknownReferences(SpeakerInput in) {
        boolean known = dsl.fetchExists(SOURCE, SOURCE.ID.eq(in.sourceId()));
        return known ? List.of() : List.of(new FieldError("sourceId", "no source with id '" + in.sourceId() + "'"));
    }

    @Override
    protected Speaker toEntry(SpeakerRecord r) {
        return new Speaker(r.getId(), r.getName(), r.getTitle(), r.getSourceId(), JsonText.readStrings(r.getAliases()),
                r.getCreatedAt(), r.getUpdatedAt(), r.getVerified());
    }
}
