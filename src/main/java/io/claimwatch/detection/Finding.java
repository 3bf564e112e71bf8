package io.claimwatch.detection;

import java.util.Comparator;
import java.util.Optional;

/**
 * What one rule made of a pair: a verdict, or the reason it declined and how far it got
 * ({@code stage}: the later the check that failed, the closer the pair came to a verdict).
 */
public record Finding(Verdict verdict, int stage, String reason) {

    private static final Comparator<Verdict> STRONGEST = Comparator
            .comparing((Verdict v) -> v.relation() == Relation.CONFLICT)
            .thenComparingDouble(Verdict::confidence);

    static Finding found(Verdict verdict) {
        return new Finding(verdict, Integer.MAX_VALUE, null);
    }

    static Finding declined(int stage, String reason) {
        return new Finding(null, stage, reason);
    }

    static Finding of(Optional<Verdict> verdict, int stage, String reason) {
        return verdict.map(Finding::found).orElseGet(() -> declined(stage, reason));
    }

    public Optional<Verdict> found() {
        return Optional.ofNullable(verdict);
    }

    /** A verdict beats a refusal; of two verdicts the conflict, then the more confident; of two refusals the one that got further. */
    static Finding better(Finding a, Finding b) {
        if (a.verdict != null && b.verdict != null) {
            return STRONGEST.compare(b.verdict, a.verdict) > 0 ? b : a;
        }
        if (a.verdict != null || b.verdict != null) {
            return a.verdict != null ? a : b;
        }
        return b.stage > a.stage ? b : a;
    }
}
