package io.claimwatch.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads "the bank held rates steady", "kept prices unchanged", "left the plan intact" as "did not
 * change" its object (lexicon/kept-unchanged.txt), so it meets "the bank raised rates" (raising is
 * changing, as WordNet says).
 */
final class KeptUnchanged {

    private KeptUnchanged() {}

    private static final String CHANGE = "change";
    /** How many words after the verb the object and the result word may take. */
    private static final int REACH = 7;
    private static final Map<String, List<List<String>>> RESULTS = new HashMap<>();

    static {
        for (List<String> row : LexiconFile.load("kept-unchanged").rows()) {
            RESULTS.put(row.get(0), row.subList(1, row.size()).stream().map(r -> List.of(r.split(" "))).toList());
        }
    }

    static Claim rewrite(Claim c) {
        List<List<String>> results = RESULTS.get(c.predicate());
        if (results == null || c.arguments().isEmpty() || c.passive()) {
            return c;
        }
        List<String> words = FollowingWords.of(c);
        for (int i = 1; i < Math.min(words.size(), 1 + REACH); i++) { // at least one word of object first
            for (List<String> result : results) {
                if (i + result.size() <= words.size() && words.subList(i, i + result.size()).equals(result)) {
                    List<String> arguments = c.arguments().stream().filter(a -> !result.contains(a)).toList();
                    Polarity polarity = c.polarity().flip();
                    return new Claim(c.text(), CHANGE, c.predicateText(), c.subject(), arguments, polarity,
                            polarity == Polarity.NEGATIVE ? String.join(" ", result) : null, c.modality(), c.modalCue(),
                            c.attribution(), false, c.aspect(), Eventuality.OTHER, c.time(), c.quantifier(), c.quantities());
                }
            }
        }
        return c;
    }
}
