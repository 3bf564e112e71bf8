package io.claimwatch.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimwatch eval --dataset FILE}: precision, recall and F1 of the detector through the service path. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the detector on labelled sentence pairs (GLUE diagnostic TSV, RTE-style XML, NaN-NLI CSV).")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--dataset", paramLabel = "PATH",
            description = "a dataset file; repeat for several (each is reported separately)")
    List<Path> datasets = List.of();

    @Option(names = "--cases", arity = "0..1", paramLabel = "PAIRS_TSV", fallbackValue = "src/test/resources/cases/pairs.tsv",
            description = "also score the golden pairs per family (default file: ${FALLBACK-VALUE})")
    Path cases;

    @Option(names = "--errors", description = "also list the misjudged pairs")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (datasets.isEmpty() && cases == null) {
            throw new IllegalArgumentException("give --dataset FILE and/or --cases");
        }
        if (cases != null) {
            printCases();
        }
        for (Path dataset : datasets) {
            if (!Files.isReadable(dataset)) {
                throw new IllegalArgumentException("cannot read dataset " + dataset);
            }
        }
        for (Path dataset : datasets) {
            List<LabeledPair> pairs = Datasets.read(dataset);
            long start = System.nanoTime();
            Scoreboard board;
            try (ServiceJudge judge = new ServiceJudge()) {
                board = Scoreboard.score(pairs, judge);
            }
            System.out.printf("%n## %s (%d pairs, %d ms)%n", dataset.getFileName(), pairs.size(),
                    (System.nanoTime() - start) / 1_000_000);
            System.out.print(board.table());
            if (errors) {
                board.falsePositives().forEach(p -> System.out.printf("FALSE POSITIVE %s%n   P: %s%n   H: %s%n", p.id(), p.premise(), p.hypothesis()));
                board.falseNegatives().forEach(p -> System.out.printf("FALSE NEGATIVE %s%n   P: %s%n   H: %s%n", p.id(), p.premise(), p.hypothesis()));
            }
        }
        return 0;
    }

    private void printCases() throws java.io.IOException {
        if (!Files.isReadable(cases)) {
            throw new IllegalArgumentException("cannot read cases " + cases);
        }
        List<GoldenPairs.Case> pairs;
        try (java.io.BufferedReader reader = Files.newBufferedReader(cases)) {
            pairs = GoldenPairs.read(reader);
        }
        io.claimwatch.detection.Detector detector = new io.claimwatch.detection.Detector();
        List<GoldenPairs.Outcome> outcomes = pairs.stream().map(c -> GoldenPairs.judge(detector, c)).toList();
        System.out.printf("%n## %s (%d golden pairs)%n", cases.getFileName(), pairs.size());
        System.out.print(GoldenPairs.table(outcomes));
        if (errors) {
            outcomes.stream().filter(o -> !o.passed()).forEach(o -> System.out.printf("FAILED %s%n   got %s%n", o.pair(), o.got()));
        }
    }
}
