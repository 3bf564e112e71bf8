package io.claimwatch.statement;

import org.jooq.DSLContext;

/** Told about statement changes after they commit, so follow-up work sees only committed data. */
public interface StatementListener {

    void saved(Statement statement);

    void deleted(long statementId);

    /**
     * Inside the deleting transaction, with the statement's row locked and still there: a listener
     * may refuse (by throwing an ApiProblem) or keep what must outlive the statement.
     */
    default void deleting(DSLContext tx, long statementId, boolean force) {
    }
}
