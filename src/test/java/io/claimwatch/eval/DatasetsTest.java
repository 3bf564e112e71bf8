package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads small files written here in each format; the real sets stay outside the repository. */
class DatasetsTest {

    @TempDir
    Path dir;

    @Test
    void glueTsv() throws Exception {
        Path file = dir.resolve("glue-diagnostic.tsv");
        Files.writeString(file, String.join("\n",
                "Lexical Semantics\tPredicate-Argument Structure\tLogic\tKnowledge\tDomain\tPremise\tHypothesis\tLabel",
                "\t\tNegation\t\tNews\tThe ferry left.\tThe ferry did not leave.\tcontradiction",
                "Quantifiers\tCore args\tNegation;Conditionals\t\tArtificial\tA dog ran.\tAn animal ran.\tentailment", ""));
        List<LabeledPair> pairs = Datasets.read(file);
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).contradiction()).isTrue();
        assertThat(pairs.get(0).domain()).isEqualTo("News");
        assertThat(pairs.get(0).categories()).containsExactly("Logic: Negation");
        assertThat(pairs.get(1).contradiction()).isFalse();
        assertThat(pairs.get(1).categories()).containsExactly("Lexical Semantics: Quantifiers",
                "Predicate-Argument Structure: Core args", "Logic: Negation", "Logic: Conditionals");
    }

    @Test
    void pairXml() throws Exception {
        Path file = dir.resolve("pairs.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?><corpus>"
                + "<pair id=\"7\" contradiction=\"YES\" type=\"negation\"><t>The mill burned.</t><h>The mill did not burn.</h></pair>"
                + "<pair id=\"8\" contradiction=\"NO\"><t>A &amp; B merged.</t><h>They split.</h></pair></corpus>");
        List<LabeledPair> pairs = Datasets.read(file);
        assertThat(pairs).extracting(LabeledPair::id).containsExactly("7", "8");
        assertThat(pairs.get(0).contradiction()).isTrue();
        assertThat(pairs.get(0).categories()).containsExactly("negation");
        assertThat(pairs.get(1).premise()).isEqualTo("A & B merged.");
        assertThat(pairs.get(1).contradiction()).isFalse();
    }

    @Test
    void quotedCsv() throws Exception {
        Path file = dir.resolve("nan.csv");
        Files.writeString(file, "premise,hypothesis,label,Construction\n"
                + "\"Not one, not two.\",\"He said \"\"no\"\".\",contradiction,not + quantifier\n"
                + "A cat sat.,A cat sat.,entailment,\n");
        List<LabeledPair> pairs = Datasets.read(file);
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).premise()).isEqualTo("Not one, not two.");
        assertThat(pairs.get(0).hypothesis()).isEqualTo("He said \"no\".");
        assertThat(pairs.get(0).categories()).containsExactly("not + quantifier");
        assertThat(pairs.get(1).contradiction()).isFalse();
    }

    @Test
    void scoreboardCountsPerSlice() {
        List<LabeledPair> pairs = List.of(
                new LabeledPair("1", "a", "b", true, List.of("Logic: Negation"), "News"),
                new LabeledPair("2", "a", "c", true, List.of("Logic: Negation"), "News"),
                new LabeledPair("3", "x", "b", false, List.of(), "News"),
                new LabeledPair("4", "x", "c", false, List.of("Logic: Negation"), "ACL"));
        PairJudge judge = (premise, hypothesis) -> hypothesis.equals("b");
        Scoreboard board = Scoreboard.score(pairs, judge);
        assertThat(board.overall()).isEqualTo(new Counts(1, 1, 1, 1));
        assertThat(board.overall().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(board.overall().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(board.domain("News")).isEqualTo(new Counts(1, 1, 1, 0));
        assertThat(board.byCategory().get("Logic: Negation")).isEqualTo(new Counts(1, 0, 1, 1));
        assertThat(board.table()).contains("Domain=News", "Logic: Negation");
    }
}
