package io.claimwatch.event;

import java.time.OffsetDateTime;

/** One entry of the change log: its id doubles as the SSE event id. */
public record Event(long id, String type, String payload, OffsetDateTime createdAt) {

    public static final String STATEMENT_CREATED = "statement.created";
    public static final String CONTRADICTION_CREATED = "contradiction.created";
    public static final String CONTRADICTION_UPDATED = "contradiction.updated";
    public static final String CONTRADICTION_WITHDRAWN = "contradiction.withdrawn";
}
