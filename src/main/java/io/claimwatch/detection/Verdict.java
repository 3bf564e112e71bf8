package io.claimwatch.detection;

import java.util.List;

/**
 * A clash found between two statements, with one plain sentence a fact-checker can verify and
 * the words that clash.
 */
public record Verdict(Kind kind, Relation relation, double confidence, String explanation, List<String> evidence) {

    public Verdict {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
