package io.claimwatch.detection;

import java.util.List;
import java.util.Optional;

/**
 * The detector's answer for one pair with its reasons: the strongest verdict, if any, and what
 * each rule made of the pair (its verdict, or why it declined).
 */
public record Comparison(Optional<Verdict> verdict, List<RuleOutcome> rules) {

    /** One rule's result: {@code verdict} when it found a clash, else {@code declined} says why not. */
    public record RuleOutcome(String rule, Verdict verdict, String declined) {}

    public Comparison {
        rules = List.copyOf(rules);
    }
}
