package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Lexicon;
import java.util.Comparator;
import java.util.Optional;

/**
 * Compares two statements claim by claim and returns the strongest clash, if any. Pure: no I/O
 * beyond the shared WordNet lexicon. The statements are put in a fixed order first, so
 * compare(a, b) and compare(b, a) give the same verdict.
 */
public final class Detector {

    public static final String VERSION = "rules-1";

    private static final Comparator<Verdict> STRONGEST = Comparator
            .comparing((Verdict v) -> v.relation() == Relation.CONFLICT)
            .thenComparingDouble(Verdict::confidence);

    private final NegationRule negation;
    private final AntonymRule antonym;
    private final NumericRule numeric;
    private final DateRule date;
    private final ContrastRule contrast;
    private final ReportRule report;

    public Detector() {
        this(Lexicon.shared());
    }

    Detector(Lexicon lexicon) {
        Alignment alignment = new Alignment(lexicon);
        this.negation = new NegationRule(alignment);
        this.antonym = new AntonymRule(alignment, lexicon);
        this.numeric = new NumericRule(alignment, lexicon);
        this.date = new DateRule(alignment);
        this.contrast = new ContrastRule(alignment, lexicon);
        this.report = new ReportRule(alignment);
    }

    public Optional<Verdict> compare(StatementView a, StatementView b) {
        boolean swap = order(a, b) > 0;
        Side x = Side.of(swap ? b : a);
        Side y = Side.of(swap ? a : b);
        Verdict best = contrast.apply(x, y).orElse(null);
        for (Claim cx : x.view().claims()) {
            for (Claim cy : y.view().claims()) {
                best = stronger(best, negation.apply(x, cx, y, cy));
                best = stronger(best, negation.apply(y, cy, x, cx));
                best = stronger(best, antonym.apply(x, cx, y, cy));
                best = stronger(best, numeric.apply(x, cx, y, cy));
                best = stronger(best, date.apply(x, cx, y, cy));
                best = stronger(best, report.apply(x, cx, y, cy));
                best = stronger(best, report.apply(y, cy, x, cx));
            }
        }
        return Optional.ofNullable(best);
    }

    private static Verdict stronger(Verdict best, Optional<Verdict> candidate) {
        if (candidate.isEmpty()) {
            return best;
        }
        return best == null || STRONGEST.compare(candidate.get(), best) > 0 ? candidate.get() : best;
    }

    /** Oldest first; then by label and text, so any two distinct statements have one order. */
    static int order(StatementView a, StatementView b) {
        int c = a.statedOn().earliest().compareTo(b.statedOn().earliest());
        if (c == 0) {
            c = a.statedOn().latest().compareTo(b.statedOn().latest());
        }
        if (c == 0) {
            c = String.valueOf(a.label()).compareTo(String.valueOf(b.label()));
        }
        if (c == 0) {
            c = String.valueOf(a.claims()).compareTo(String.valueOf(b.claims()));
        }
        return c;
    }
}
