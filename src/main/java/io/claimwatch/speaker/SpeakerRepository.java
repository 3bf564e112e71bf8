package io.claimwatch.speaker;

import static io.claimwatch.db.Tables.SOURCE;
import static io.claimwatch.db.Tables.SPEAKER;
import static io.claimwatch.db.Tables.STATEMENT;

import io.claimwatch.catalog.CatalogStore;
import io.claimwatch.db.tables.records.SpeakerRecord;
import io.claimwatch.web.ApiProblem.FieldError;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** All SQL about speakers. */
public final class SpeakerRepository implements CatalogStore<SpeakerInput, Speaker> {

    private final DSLContext dsl;

    public SpeakerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Speaker> find(String id) {
        return dsl.selectFrom(SPEAKER).where(SPEAKER.ID.eq(id)).fetchOptional(SpeakerRepository::toSpeaker);
    }

    @Override
    public Optional<Speaker> findForUpdate(String id) {
        return dsl.selectFrom(SPEAKER).where(SPEAKER.ID.eq(id)).forUpdate().fetchOptional(SpeakerRepository::toSpeaker);
    }

    @Override
    public List<Speaker> list(String afterId, int limit) {
        var query = dsl.selectFrom(SPEAKER);
        var filtered = afterId == null ? query : query.where(SPEAKER.ID.gt(afterId));
        return filtered.orderBy(SPEAKER.ID).limit(limit).fetch(SpeakerRepository::toSpeaker);
    }

    @Override
    public void insert(SpeakerInput in, OffsetDateTime now) {
        dsl.insertInto(SPEAKER)
                .set(SPEAKER.ID, in.id()).set(SPEAKER.NAME, in.name()).set(SPEAKER.TITLE, in.title())
                .set(SPEAKER.SOURCE_ID, in.sourceId()).set(SPEAKER.CREATED_AT, now).set(SPEAKER.UPDATED_AT, now)
                .execute();
    }

    @Override
    public void update(SpeakerInput in, OffsetDateTime now) {
        dsl.update(SPEAKER)
                .set(SPEAKER.NAME, in.name()).set(SPEAKER.TITLE, in.title()).set(SPEAKER.SOURCE_ID, in.sourceId())
                .set(SPEAKER.UPDATED_AT, now)
                .where(SPEAKER.ID.eq(in.id()))
                .execute();
    }

    @Override
    public void delete(String id) {
        dsl.deleteFrom(SPEAKER).where(SPEAKER.ID.eq(id)).execute();
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

    private static Speaker toSpeaker(SpeakerRecord r) {
        return new Speaker(r.getId(), r.getName(), r.getTitle(), r.getSourceId(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
