package io.claimwatch.analysis;

import io.claimwatch.eval.Datasets;
import io.claimwatch.eval.LabeledPair;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cost of the current analysis beside the ClearNLP parser on the eval sentences, one thread:
 * load time, heap after load (after GC), and ms per sentence after a warm-up pass.
 * {@code java -cp target/claimwatch.jar:$CLEARNLP io.claimwatch.analysis.ParserProbe FILE...}
 */
public final class ParserProbe {

    private ParserProbe() {}

    public static void main(String[] args) throws Exception {
        Set<String> texts = new LinkedHashSet<>();
        for (String file : args) {
            for (LabeledPair p : Datasets.read(Path.of(file))) {
                texts.add(p.premise());
                texts.add(p.hypothesis());
            }
        }
        long heap0 = heapAfterGc();
        long t = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.shared();
        row("TextAnalyzer load (OpenNLP models, lexicon, WordNet)", t, heap0);

        long heap1 = heapAfterGc();
        t = System.nanoTime();
        Pipeline pipeline = new Pipeline();
        row("OpenNLP Pipeline alone (2nd copy of the models)", t, heap1);
        List<String> sentences = new ArrayList<>();
        texts.forEach(x -> sentences.addAll(pipeline.sentences(x)));
        System.out.printf("%d texts, %d sentences (OpenNLP split)%n", texts.size(), sentences.size());

        DateSpan day = DateSpan.parse("2020-01-01");
        time("TextAnalyzer.analyze (tag + claims)", sentences, s -> analyzer.analyze(s, day));
        time("OpenNLP Pipeline.tag only", sentences, pipeline::tag);

        long heap2 = heapAfterGc();
        t = System.nanoTime();
        ClearNlpParser parser = new ClearNlpParser();
        row("ClearNLP load (tokenizer, pos, morph, dep)", t, heap2);
        time("ClearNLP tokenize + pos + morph + dep", sentences, parser::parse);
        System.out.printf("heap in use after all: %d MB%n", heapAfterGc() >> 20);
    }

    private static void row(String what, long start, long heapBefore) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%-55s load %6d ms   heap +%5d MB%n", what, ms, (heapAfterGc() - heapBefore) >> 20);
    }

    private static void time(String what, List<String> sentences, Consumer<String> work) {
        sentences.forEach(work); // warm-up: JIT and caches
        long start = System.nanoTime();
        sentences.forEach(work);
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("%-55s %7.3f ms/sentence  %7.0f sentences/s%n", what, ms / sentences.size(),
                sentences.size() * 1000 / ms);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
