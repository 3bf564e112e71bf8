package io.claimwatch.detection;

import io.claimwatch.analysis.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares two statements claim by claim and returns the strongest clash, if any. Pure: no I/O
 * beyond the shared WordNet lexicon. The statements are put in a fixed order first, so
 * compare(a, b) and compare(b, a) give the same verdict.
 */
public final class Detector {

    public static final String VERSION = "rules-7";

    private final List<Rule> rules;

    public Detector() {
        this(Lexicon.shared());
    }

    Detector(Lexicon lexicon) {
        this.rules = Rules.all(lexicon);
    }

    public Optional<Verdict> compare(StatementView a, StatementView b) {
        return explain(a, b).verdict();
    }

    /**
     * A statement made ready for many comparisons: what {@link Side#of} derives from it (resolved
     * first-person subjects, inferred states) is derived once, not once per pair.
     */
    public static final class Prepared {
        private final StatementView view;
        private final Side side;

        private Prepared(StatementView view) {
            this.view = view;
            this.side = Side.of(view);
        }
    }

    public Prepared prepare(StatementView view) {
        return new Prepared(view);
    }

    public Optional<Verdict> compare(Prepared a, Prepared b) {
        return explain(a, b).verdict();
    }

    /** The verdict and, rule by rule, what each found or why it declined. */
    public Comparison explain(StatementView a, StatementView b) {
        return explain(prepare(a), prepare(b));
    }

    private Comparison explain(Prepared a, Prepared b) {
        boolean swap = order(a.view, b.view) > 0;
        Side x = swap ? b.side : a.side;
        Side y = swap ? a.side : b.side;
        Finding best = Finding.declined(-1, "no rule applies");
        List<Comparison.RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : rules) {
            Finding finding = rule.apply(x, y);
            outcomes.add(new Comparison.RuleOutcome(rule.name(), finding.verdict(), finding.reason()));
            best = Finding.better(best, finding);
        }
        return new Comparison(best.found(), outcomes);
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
