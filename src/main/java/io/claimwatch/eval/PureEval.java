package io.claimwatch.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * Scores the pure detector on evaluation files: {@code java ... io.claimwatch.eval.PureEval FILE...
 * [--errors]}. With --errors it also lists misjudged pairs, for tuning rules by eye.
 */
public final class PureEval {

    private PureEval() {}

    public static void main(String[] args) throws Exception {
        boolean errors = List.of(args).contains("--errors");
        DetectorJudge judge = new DetectorJudge();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                continue;
            }
            List<LabeledPair> pairs = Datasets.read(Path.of(arg));
            long start = System.nanoTime();
            Scoreboard board = Scoreboard.score(pairs, judge);
            System.out.printf("%n## %s (%d pairs, %d ms)%n", Path.of(arg).getFileName(), pairs.size(),
                    (System.nanoTime() - start) / 1_000_000);
            System.out.print(board.table());
            if (errors) {
                print("FALSE POSITIVE", board.falsePositives(), judge);
                print("FALSE NEGATIVE", board.falseNegatives(), judge);
            }
        }
    }

    private static void print(String what, List<LabeledPair> pairs, DetectorJudge judge) {
        for (LabeledPair p : pairs) {
            System.out.printf("%s %s %s%n   P: %s%n   H: %s%n   -> %s%n", what, p.id(), p.categories(), p.premise(),
                    p.hypothesis(), judge.verdict(p.premise(), p.hypothesis()).map(v -> v.kind() + " " + v.confidence()
                            + " " + v.evidence()).orElse("none"));
        }
    }
}
