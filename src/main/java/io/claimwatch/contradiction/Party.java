package io.claimwatch.contradiction;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.detection.StatementView;
import java.util.List;

/** A stored statement as detection sees it: who said it, when, and its claims. */
public record Party(long statementId, String sourceId, String speakerId, String label, DateSpan statedOn,
                    List<Claim> claims) {

    public StatementView view() {
        return new StatementView(label, statedOn, claims);
    }
}
