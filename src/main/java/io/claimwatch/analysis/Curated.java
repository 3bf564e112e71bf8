package io.claimwatch.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-made word lists that WordNet gets wrong or too broadly for news claims: synonym groups
 * folded to one key (lexicon/synonyms.txt), and antonym pairs that make two claims incompatible
 * (lexicon/antonyms.txt), and the words that only say where an act's outcome lands
 * (lexicon/outcome-complements.txt).
 */
final class Curated {

    private Curated() {}

    static final Map<String, String> SYNONYM_KEY = new HashMap<>();
    static final Map<String, Set<String>> ANTONYM = new HashMap<>();
    static final Map<String, Set<String>> OUTCOME_COMPLEMENTS = new HashMap<>();

    static {
        for (List<String> group : LexiconFile.load("synonyms").rows()) {
            for (String word : group) {
                SYNONYM_KEY.putIfAbsent(word, group.get(0));
            }
        }
        for (List<String> pair : LexiconFile.load("antonyms").rows()) {
            // under the words and under their synonym keys, since claims carry keys ("loss" is "lose")
            for (String a : List.of(pair.get(0), SYNONYM_KEY.getOrDefault(pair.get(0), pair.get(0)))) {
                for (String b : List.of(pair.get(1), SYNONYM_KEY.getOrDefault(pair.get(1), pair.get(1)))) {
                    ANTONYM.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
                    ANTONYM.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
                }
            }
        }
        for (List<String> row : LexiconFile.load("outcome-complements").rows()) {
            OUTCOME_COMPLEMENTS.put(row.get(0), Set.copyOf(row.subList(1, row.size())));
        }
    }
}
