package io.claimwatch.eval;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.TextAnalyzer;
import io.claimwatch.detection.Detector;
import io.claimwatch.detection.StatementView;
import io.claimwatch.detection.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The golden pairs of {@code src/test/resources/cases/pairs.tsv}: two dated, attributed statements
 * and the verdict expected of them. One line a case, tab-separated:
 * {@code family  expect  dateA  sourceA  textA  dateB  sourceB  textB}; {@code #} lines are comments.
 * {@code expect} is {@code none} (no verdict at all), {@code !conflict} (anything but a conflict),
 * or a relation with an optional kind: {@code conflict}, {@code reversal}, {@code conflict temporal}.
 * The one parameterised test and {@code eval --cases} both read it through this class.
 */
public final class GoldenPairs {

    private GoldenPairs() {}

    /** One case; {@code line} is its line number, for messages. */
    public record Case(int line, String family, String expect, String dateA, String sourceA, String textA,
                       String dateB, String sourceB, String textB) {

        /** Whether a contradiction of relation conflict is expected: the positive class for the figures. */
        public boolean conflictExpected() {
            return expect.startsWith("conflict");
        }

        @Override
        public String toString() {
            return "line " + line + " [" + family + "] " + sourceA + " (" + dateA + "): " + textA + " | "
                    + sourceB + " (" + dateB + "): " + textB + " -> " + expect;
        }
    }

    /** What the detector said of a case, and whether that is what the case expects. */
    public record Outcome(Case pair, Optional<Verdict> verdict, boolean passed) {

        public String got() {
            return verdict.map(v -> v.relation().json() + " " + v.kind().json() + " " + v.confidence()).orElse("none");
        }
    }

    public static List<Case> read(BufferedReader reader) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (TsvRows.Row row : TsvRows.read(reader)) {
            String[] f = row.fields();
            if (f.length != 8) {
                throw new IllegalArgumentException("pairs line " + row.line() + ": expected 8 tab-separated fields, got " + f.length);
            }
            cases.add(new Case(row.line(), f[0].strip(), f[1].strip().toLowerCase(Locale.ROOT), f[2].strip(), f[3].strip(),
                    f[4].strip(), f[5].strip(), f[6].strip(), f[7].strip()));
        }
        return cases;
    }

    public static Outcome judge(Detector detector, Case c) {
        StatementView a = view(c.sourceA(), c.dateA(), c.textA());
        StatementView b = view(c.sourceB(), c.dateB(), c.textB());
        Optional<Verdict> ab = detector.compare(a, b);
        Optional<Verdict> ba = detector.compare(b, a);
        boolean symmetric = ab.map(GoldenPairs::shape).equals(ba.map(GoldenPairs::shape));
        return new Outcome(c, ab, symmetric && matches(c.expect(), ab));
    }

    private static String shape(Verdict v) {
        return v.relation() + " " + v.kind() + " " + v.confidence();
    }

    private static StatementView view(String source, String date, String text) {
        DateSpan on = DateSpan.parse(date);
        return new StatementView(source, on, TextAnalyzer.shared().analyze(text, on));
    }

    static boolean matches(String expect, Optional<Verdict> verdict) {
        if (expect.equals("none")) {
            return verdict.isEmpty();
        }
        if (expect.equals("!conflict")) {
            return verdict.isEmpty() || !verdict.get().relation().json().equals("conflict");
        }
        String[] parts = expect.split("\\s+");
        if (verdict.isEmpty() || !verdict.get().relation().json().equals(parts[0])) {
            return false;
        }
        return parts.length < 2 || verdict.get().kind().json().equals(parts[1]);
    }

    /** Per family: passed and total, plus precision and recall of "conflict" over the cases. */
    public static String table(List<Outcome> outcomes) {
        Map<String, Counts> counts = new TreeMap<>();
        Map<String, int[]> passed = new TreeMap<>();
        for (Outcome o : outcomes) {
            boolean predicted = o.verdict().filter(v -> v.relation().json().equals("conflict")).isPresent();
            counts.merge(o.pair().family(), Counts.ZERO.add(o.pair().conflictExpected(), predicted), Counts::plus);
            counts.merge("ALL", Counts.ZERO.add(o.pair().conflictExpected(), predicted), Counts::plus);
            int[] p = passed.computeIfAbsent(o.pair().family(), k -> new int[2]);
            p[0] += o.passed() ? 1 : 0;
            p[1]++;
            int[] all = passed.computeIfAbsent("ALL", k -> new int[2]);
            all[0] += o.passed() ? 1 : 0;
            all[1]++;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %6s %5s %4s %4s %4s %6s %6s%n",
                "family", "cases", "pass", "tp", "fp", "fn", "P", "R"));
        counts.forEach((family, c) -> out.append(String.format(Locale.ROOT, "%-28s %6d %5d %4d %4d %4d %6s %6s%n",
                family, c.total(), passed.get(family)[0], c.truePositives(), c.falsePositives(), c.falseNegatives(),
                fmt(c.precision()), fmt(c.recall()))));
        return out.toString();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
