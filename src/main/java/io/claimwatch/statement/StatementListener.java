package io.claimwatch.statement;

/** Told about statement changes after they commit, so follow-up work sees only committed data. */
public interface StatementListener {

    void saved(Statement statement);

    void deleted(long statementId);
}
