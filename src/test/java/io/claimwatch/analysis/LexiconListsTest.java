package io.claimwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lexicon files themselves: no word twice in one list, none in two lists that mean the same thing. */
class LexiconListsTest {

    /** Lists that answer the same question, so a word may sit in only one of them. */
    private static final List<List<String>> SAME_QUESTION = List.of(
            List.of("plan-verbs", "implicatives", "ready-adjectives"),   // what does "X to V" say about V?
            List.of("hedge-auxiliaries", "future-auxiliaries"),         // what does this modal do?
            List.of("partial-quantifiers", "universal-quantifiers"),    // how much of the subject?
            List.of("grow-only-counts", "light-verbs"));                // counts vs. verbs too general to count

    /**
     * Lists of relations, by the fields that complete an entry's head: an event, its voice and its state (the active
     * and the passive of one event may entail one state), a result word and its verb, a verb and its complement.
     */
    private static final Map<String, List<Integer>> RELATIONS = Map.of("inferences", List.of(1, 2), "resulting-states", List.of(1),
            "object-complements", List.of(1));

    /** Lists of pairs of words, each word in as many pairs as it likes. */
    private static final Set<String> PAIRS = Set.of("antonyms", "opposing-sides", "opposite-prepositions");

    @Test
    void noWordTwiceInOneList() throws IOException, URISyntaxException {
        for (String name : names()) {
            Set<String> seen = new HashSet<>();
            for (List<String> row : LexiconFile.load(name).rows()) {
                boolean group = name.equals("synonyms");
                // an event may entail several states, a result word follow several verbs, a word have several
                // opposites: the pair is the entry
                List<Integer> fields = PAIRS.contains(name) ? List.of(1) : RELATIONS.get(name);
                String entry = fields == null ? row.get(0)
                        : row.get(0) + fields.stream().map(f -> " | " + row.get(f)).collect(java.util.stream.Collectors.joining());
                for (String word : group ? row : List.of(entry)) {
                    assertThat(seen.add(word)).as("lexicon/%s.txt lists %s twice", name, word).isTrue();
                }
            }
        }
    }

    @Test
    void noWordInTwoListsThatMeanTheSameThing() {
        for (List<String> lists : SAME_QUESTION) {
            Map<String, String> owner = new HashMap<>();
            for (String name : lists) {
                for (String word : LexiconFile.load(name).heads()) {
                    String before = owner.put(word, name);
                    assertThat(before).as("%s is in both %s and %s", word, before, name).isNull();
                }
            }
        }
    }

    @Test
    void noAntonymPairIsAlsoASynonymPair() {
        for (List<String> pair : LexiconFile.load("antonyms").rows()) {
            assertThat(pair).as("antonym entry %s", pair).hasSize(2);
            assertThat(Lexicon.key(pair.get(0))).as("%s are in one synonym group", pair).isNotEqualTo(Lexicon.key(pair.get(1)));
        }
    }

    private static List<String> names() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(LexiconFile.class.getResource("/lexicon/synonyms.txt")).toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }
}
