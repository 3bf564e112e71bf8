package io.claimwatch.dataset;

import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementInput;
import io.claimwatch.web.Checks;
import java.time.OffsetDateTime;
import java.util.List;

/** A statement as a dataset carries it: everything stored, nothing derived (claims are re-read on import). */
public record DatasetStatement(long id, String text, String quote, String sourceId, String speakerId,
                               String reportedById, String statedOn, String reportedOn, String url, String language,
                               List<String> topicIds, String externalId, OffsetDateTime createdAt,
                               OffsetDateTime updatedAt, int version) {

    public DatasetStatement {
        topicIds = topicIds == null ? List.of() : List.copyOf(topicIds);
    }

    static DatasetStatement of(Statement s) {
        return new DatasetStatement(s.id(), s.text(), s.quote(), s.sourceId(), s.speakerId(), s.reportedById(),
                s.statedOn(), s.reportedOn(), s.url(), s.language(), s.topicIds(), s.externalId(), s.createdAt(),
                s.updatedAt(), s.version());
    }

    /** The API's checks on the content, and what only an import can get wrong: id, version, times. */
    void validate() {
        Checks checks = new Checks();
        ImportChecks.id(checks, "id", id);
        ImportChecks.version(checks, version);
        ImportChecks.times(checks, "createdAt", createdAt, updatedAt);
        checks.orThrow();
        toInput().validate();
    }

    StatementInput toInput() {
        return new StatementInput(text, quote, sourceId, speakerId, reportedById, statedOn, reportedOn, url, language,
                topicIds, externalId);
    }
}
