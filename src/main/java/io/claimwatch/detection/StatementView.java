package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import java.util.List;

/** What the detector needs of a stored statement: who said it (for the explanation), when, and its claims. */
public record StatementView(String label, DateSpan statedOn, List<Claim> claims) {

    public StatementView {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
