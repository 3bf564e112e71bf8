package io.claimwatch.dataset;

import static io.claimwatch.db.Tables.CONTRADICTION;
import static io.claimwatch.db.Tables.CONTRADICTION_REVIEW;
import static io.claimwatch.db.Tables.SOURCE;
import static io.claimwatch.db.Tables.SPEAKER;
import static io.claimwatch.db.Tables.STATEMENT;
import static io.claimwatch.db.Tables.STATEMENT_TOPIC;
import static io.claimwatch.db.Tables.TOPIC;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.catalog.CatalogNames;
import io.claimwatch.contradiction.Contradiction.Review;
import io.claimwatch.contradiction.DeletedStatements;
import io.claimwatch.dataset.ImportReport.Outcome;
import io.claimwatch.db.tables.records.ContradictionRecord;
import io.claimwatch.db.tables.records.SourceRecord;
import io.claimwatch.db.tables.records.SpeakerRecord;
import io.claimwatch.db.tables.records.StatementRecord;
import io.claimwatch.db.tables.records.TopicRecord;
import io.claimwatch.source.Source;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.topic.Topic;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.JsonText;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** All SQL of dataset import: every record is written as the dataset has it, ids and times included. */
final class DatasetRepository {

    private final DSLContext dsl;

    DatasetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Outcome put(Source s) {
        SourceRecord r = dsl.newRecord(SOURCE);
        r.setId(s.id());
        r.setName(s.name());
        r.setKind(s.kind());
        r.setCountry(s.country());
        r.setUrl(s.url());
        r.setAliases(JsonText.write(s.aliases()));
        r.setCreatedAt(s.createdAt());
        r.setUpdatedAt(s.updatedAt());
        r.setVerified(s.verified() == null || s.verified());
        CatalogNames.replace(dsl, CatalogNames.SOURCE, s.id(), s.name(), s.aliases());
        return put(r, dsl.fetchOne(SOURCE, SOURCE.ID.eq(s.id())), SOURCE.UPDATED_AT, false, "sources/" + s.id());
    }

    Outcome put(Speaker s) {
        SpeakerRecord r = dsl.newRecord(SPEAKER);
        r.setId(s.id());
        r.setName(s.name());
        r.setTitle(s.title());
        r.setSourceId(s.sourceId());
        r.setAliases(JsonText.write(s.aliases() == null ? java.util.List.of() : s.aliases()));
        r.setVerified(s.verified() == null || s.verified());
        r.setCreatedAt(s.createdAt());
        r.setUpdatedAt(s.updatedAt());
        CatalogNames.replace(dsl, CatalogNames.SPEAKER, s.id(), s.name(), s.aliases() == null ? java.util.List.of() : s.aliases());
        return put(r, dsl.fetchOne(SPEAKER, SPEAKER.ID.eq(s.id())), SPEAKER.UPDATED_AT, false, "speakers/" + s.id());
    }

    Outcome put(Topic t) {
        TopicRecord r = dsl.newRecord(TOPIC);
        r.setId(t.id());
        r.setTitle(t.title());
        r.setDescription(t.description());
        r.setCreatedAt(t.createdAt());
        r.setUpdatedAt(t.updatedAt());
        return put(r, dsl.fetchOne(TOPIC, TOPIC.ID.eq(t.id())), TOPIC.UPDATED_AT, false, "topics/" + t.id());
    }

    /** The statement row and its topics; the caller stores its claims. */
    Outcome put(DatasetStatement s) {
        DateSpan stated = DateSpan.parse(s.statedOn());
        DateSpan reported = s.reportedOn() == null ? null : DateSpan.parse(s.reportedOn());
        StatementRecord r = dsl.newRecord(STATEMENT);
        r.setId(s.id());
        r.setText(s.text());
        r.setQuote(s.quote());
        r.setSourceId(s.sourceId());
        r.setSpeakerId(s.speakerId());
        r.setReportedById(s.reportedById());
        r.setStatedOn(s.statedOn());
        r.setStatedFrom(stated.earliest());
        r.setStatedTo(stated.latest());
        r.setReportedOn(s.reportedOn());
        r.setReportedFrom(reported == null ? null : reported.earliest());
        r.setReportedTo(reported == null ? null : reported.latest());
        r.setUrl(s.url());
        r.setLanguage(s.language());
        r.setExternalId(s.externalId());
        r.setCreatedAt(s.createdAt());
        r.setUpdatedAt(s.updatedAt());
        r.setVersion(s.version());
        List<String> stored = dsl.select(STATEMENT_TOPIC.TOPIC_ID).from(STATEMENT_TOPIC)
                .where(STATEMENT_TOPIC.STATEMENT_ID.eq(s.id())).orderBy(STATEMENT_TOPIC.TOPIC_ID).fetch(STATEMENT_TOPIC.TOPIC_ID);
        List<String> wanted = s.topicIds().stream().sorted().toList();
        StatementRecord existing = dsl.fetchOne(STATEMENT, STATEMENT.ID.eq(s.id()));
        Outcome row = put(r, existing, STATEMENT.VERSION, existing != null && !stored.equals(wanted), "statements/" + s.id());
        if (stored.equals(wanted)) {
            return row;
        }
        dsl.deleteFrom(STATEMENT_TOPIC).where(STATEMENT_TOPIC.STATEMENT_ID.eq(s.id())).execute();
        wanted.forEach(topic -> dsl.insertInto(STATEMENT_TOPIC).set(STATEMENT_TOPIC.STATEMENT_ID, s.id())
                .set(STATEMENT_TOPIC.TOPIC_ID, topic).execute());
        return row == Outcome.CREATED ? row : Outcome.UPDATED;
    }

    Outcome put(DatasetContradiction c) {
        ContradictionRecord r = dsl.newRecord(CONTRADICTION);
        r.setId(c.id());
        r.setStatementAId(c.statementIds().get(0));
        r.setStatementBId(c.statementIds().get(1));
        r.setKind(c.kind());
        r.setRelation(c.relation());
        r.setScope(c.scope());
        r.setConfidence(c.confidence());
        r.setExplanation(c.explanation());
        r.setEvidence(JsonText.write(c.evidence()));
        r.setDetectorVersion(c.detectorVersion());
        r.setStatus(c.status());
        r.setReviewNote(c.reviewNote());
        r.setReviewer(c.reviewer());
        r.setDetectedAt(c.detectedAt());
        r.setUpdatedAt(c.updatedAt());
        r.setVersion(c.version());
        r.setDeletedStatements(DeletedStatements.write(c.deletedStatements()));
        // no foreign key holds a pair to its statements (a withdrawn pair outlives a deleted one): check here
        long present = dsl.fetchCount(STATEMENT, STATEMENT.ID.in(r.getStatementAId(), r.getStatementBId()));
        if (present + c.deletedStatements().size() < 2) {
            throw new IntegrityConstraintViolationException(
                    "contradiction " + c.id() + " refers to a statement that does not exist");
        }
        // the same pair stored under another id is the same contradiction: replace it with the dataset's
        dsl.deleteFrom(CONTRADICTION).where(CONTRADICTION.STATEMENT_A_ID.eq(r.getStatementAId()))
                .and(CONTRADICTION.STATEMENT_B_ID.eq(r.getStatementBId())).and(CONTRADICTION.ID.ne(c.id())).execute();
        ContradictionRecord existing = dsl.fetchOne(CONTRADICTION, CONTRADICTION.ID.eq(c.id()));
        List<Review> stored = dsl.selectFrom(CONTRADICTION_REVIEW).where(CONTRADICTION_REVIEW.CONTRADICTION_ID.eq(c.id()))
                .orderBy(CONTRADICTION_REVIEW.ID)
                .fetch(h -> new Review(h.getStatus(), h.getNote(), h.getReviewer(), h.getReviewedAt(), h.getAction()));
        Outcome row = put(r, existing, CONTRADICTION.VERSION, existing != null && !stored.equals(c.history()),
                "contradictions/" + c.id());
        if (stored.equals(c.history())) {
            return row;
        }
        dsl.deleteFrom(CONTRADICTION_REVIEW).where(CONTRADICTION_REVIEW.CONTRADICTION_ID.eq(c.id())).execute();
        for (Review review : c.history()) {
            dsl.insertInto(CONTRADICTION_REVIEW).set(CONTRADICTION_REVIEW.CONTRADICTION_ID, c.id())
                    .set(CONTRADICTION_REVIEW.STATUS, review.status()).set(CONTRADICTION_REVIEW.NOTE, review.note())
                    .set(CONTRADICTION_REVIEW.REVIEWER, review.reviewer())
                    .set(CONTRADICTION_REVIEW.ACTION, review.action())
                    .set(CONTRADICTION_REVIEW.REVIEWED_AT, review.at()).execute();
        }
        return row == Outcome.CREATED ? row : Outcome.UPDATED;
    }

    /** After rows came in with their own ids, new rows must be numbered past them. */
    void restartIdentities() {
        restart(STATEMENT, STATEMENT.ID);
        restart(CONTRADICTION, CONTRADICTION.ID);
        restart(CONTRADICTION_REVIEW, CONTRADICTION_REVIEW.ID);
    }

    private void restart(Table<?> table, Field<Long> id) {
        Long max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        // identity columns take the same statement on H2 and PostgreSQL; jOOQ has no DSL for it
        dsl.execute("alter table " + table.getName() + " alter column " + id.getName() + " restart with "
                + (Objects.requireNonNullElse(max, 0L) + 1));
    }

    /**
     * Inserts, keeps or replaces a row. A record that differs from the stored one (in its row or
     * {@code detailsDiffer}: topics, history) must carry a newer {@code stamp} (version, or update
     * time for catalog entries), so a changed representation never keeps its old ETag.
     */
    private <R extends UpdatableRecord<R>, V extends Comparable<V>> Outcome put(R incoming, R existing, Field<V> stamp,
                                                                              boolean detailsDiffer, String what) {
        if (existing == null) {
            dsl.executeInsert(incoming);
            return Outcome.CREATED;
        }
        boolean sameRow = existing.intoMap().equals(incoming.intoMap());
        if (sameRow && !detailsDiffer) {
            return Outcome.UNCHANGED;
        }
        V stored = existing.get(stamp);
        if (incoming.get(stamp).compareTo(stored) <= 0) {
            String field = stamp.getName().equals("version") ? "version" : "updatedAt";
            throw ApiProblem.conflict(what + "." + field, what + " differs from the stored record but its " + field
                    + " is not after the stored " + stored);
        }
        if (!sameRow) {
            dsl.executeUpdate(incoming);
        }
        return Outcome.UPDATED;
    }

}
