package io.claimwatch.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-made word lists that WordNet gets wrong or too broadly for news claims: synonym groups
 * folded to one key (lexicon/synonyms.txt), antonym pairs that make two claims incompatible
 * (lexicon/antonyms.txt), the two sides of a fight (lexicon/opposing-sides.txt), and the words
 * that only say where an act's outcome lands (lexicon/outcome-complements.txt).
 */
final class Curated {

    private Curated() {}

    static final Map<String, String> SYNONYM_KEY = new HashMap<>();
    static final Map<String, Set<String>> ANTONYM = new HashMap<>();
    /** Words for the two sides of a fight (lexicon/opposing-sides.txt): neither is ever a kind of the other. */
    static final Map<String, Set<String>> OPPOSING = new HashMap<>();
    static final Map<String, Set<String>> OUTCOME_COMPLEMENTS = new HashMap<>();

    static {
        for (List<String> group : LexiconFile.load("synonyms").rows()) {
            for (String word : group) {
                SYNONYM_KEY.putIfAbsent(word, group.get(0));
            }
        }
        symmetricPairs("antonyms", ANTONYM);
        symmetricPairs("opposing-sides", OPPOSING);
        for (List<String> row : LexiconFile.load("outcome-complements").rows()) {
            OUTCOME_COMPLEMENTS.put(row.get(0), Set.copyOf(row.subList(1, row.size())));
        }
    }

    /** Pairs of a file, both ways round, under the words and under their synonym keys (claims carry keys: "loss" is "lose"). */
    private static void symmetricPairs(String file, Map<String, Set<String>> into) {
        for (List<String> pair : LexiconFile.load(file).rows()) {
            for (String a : List.of(pair.get(0), SYNONYM_KEY.getOrDefault(pair.get(0), pair.get(0)))) {
                for (String b : List.of(pair.get(1), SYNONYM_KEY.getOrDefault(pair.get(1), pair.get(1)))) {
                    into.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
                    into.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
                }
            }
        }
    }
}
