package io.claimwatch.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads "the bank held rates steady", "kept prices unchanged", "left the plan intact" (and "rates
 * were left unchanged") as "did not change" its object (lexicon/kept-unchanged.txt), so it meets
 * "the bank raised rates" (raising is changing, as WordNet says).
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
        if (results == null || c.arguments().isEmpty()) {
            return c;
        }
        List<String> words = FollowingWords.of(c);
        // active: at least one word of object first ("held rates steady"); passive: the object is the
        // subject, the result comes right after the verb ("rates were left unchanged")
        int first = c.passive() ? 0 : 1;
        for (int i = first; i < Math.min(words.size(), first + REACH); i++) {
            for (List<String> result : results) {
                if (i + result.size() <= words.size() && words.subList(i, i + result.size()).equals(result)) {
                    List<String> arguments = c.arguments().stream().filter(a -> !result.contains(a)).toList();
                    Polarity polarity = c.polarity().flip();
                    return new Claim(c.text(), CHANGE, c.predicateText(), c.subject(), arguments, polarity,
                            polarity == Polarity.NEGATIVE ? String.join(" ", result) : null, c.modality(), c.modalCue(),
                            c.attribution(), c.passive(), c.aspect(), Eventuality.OTHER, c.time(), c.quantifier(), c.quantities());
                }
            }
        }
        return c;
    }
}
