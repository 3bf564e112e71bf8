package io.claimwatch.contradiction;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.detection.StatementView;
import java.util.List;

/**
 * A statement as detection sees it: who said it, when, and its claims. A statement being
 * checked before it is posted has id 0 and may have no source. {@code revision} is the revision of
 * the claims read, so a verdict is only stored while both sides are still at the revision compared.
 */
public record Party(long statementId, String sourceId, String speakerId, String label, String statedOnText,
                    DateSpan statedOn, String text, List<Claim> claims, int revision) {

    public Contradiction.PairedStatement paired() {
        return new Contradiction.PairedStatement(statementId, sourceId, speakerId, statedOnText, text);
    }

    public StatementView view() {
        return new StatementView(label, statedOn, claims);
    }
}
