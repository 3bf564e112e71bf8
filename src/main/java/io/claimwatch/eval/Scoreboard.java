package io.claimwatch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision, recall and F1 of a judge on a labelled set: overall, per domain (GLUE's News
 * slice) and per phenomenon category. Keeps the misjudged pairs for inspection.
 */
public final class Scoreboard {

    private Counts overall = Counts.ZERO;
    private final Map<String, Counts> byDomain = new TreeMap<>();
    private final Map<String, Counts> byCategory = new TreeMap<>();
    private final List<LabeledPair> falsePositives = new ArrayList<>();
    private final List<LabeledPair> falseNegatives = new ArrayList<>();

    public static Scoreboard score(List<LabeledPair> pairs, PairJudge judge) {
        Scoreboard board = new Scoreboard();
        for (LabeledPair pair : pairs) {
            board.record(pair, judge.conflict(pair.premise(), pair.hypothesis()));
        }
        return board;
    }

    public void record(LabeledPair pair, boolean predicted) {
        overall = overall.add(pair.contradiction(), predicted);
        if (pair.domain() != null && !pair.domain().isBlank()) {
            byDomain.merge(pair.domain(), Counts.ZERO.add(pair.contradiction(), predicted), Counts::plus);
        }
        for (String category : pair.categories()) {
            byCategory.merge(category, Counts.ZERO.add(pair.contradiction(), predicted), Counts::plus);
        }
        if (predicted && !pair.contradiction()) {
            falsePositives.add(pair);
        } else if (!predicted && pair.contradiction()) {
            falseNegatives.add(pair);
        }
    }

    public Counts overall() {
        return overall;
    }

    public Counts domain(String domain) {
        return byDomain.getOrDefault(domain, Counts.ZERO);
    }

    public Map<String, Counts> byCategory() {
        return byCategory;
    }

    public List<LabeledPair> falsePositives() {
        return falsePositives;
    }

    public List<LabeledPair> falseNegatives() {
        return falseNegatives;
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-52s %6s %5s %4s %4s %4s %6s %6s %6s%n",
                "slice", "pairs", "gold+", "tp", "fp", "fn", "P", "R", "F1"));
        row(out, "overall", overall);
        byDomain.forEach((domain, counts) -> row(out, "Domain=" + domain, counts));
        byCategory.forEach((category, counts) -> row(out, "  " + category, counts));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Counts c) {
        out.append(String.format(Locale.ROOT, "%-52s %6d %5d %4d %4d %4d %6s %6s %6.3f%n",
                name.length() > 52 ? name.substring(0, 52) : name, c.total(), c.positives(), c.truePositives(),
                c.falsePositives(), c.falseNegatives(), fmt(c.precision()), fmt(c.recall()), c.f1()));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
