package io.claimwatch.analysis;

import java.util.List;

/**
 * After a copula, "out of X" denies being in or under X: "the fire is out of control" against
 * "the fire is under control", "the party is out of power" against "in power". Read as the
 * negated copular claim, whose terms ("control", "power") the other side shares; so is "still raging
 * out of control" (lexicon/out-of-verbs.txt).
 */
final class OutOf {

    private OutOf() {}

    private static final List<String> OUT_OF = List.of("out", "of");
    private static final String BE = "be";
    private static final String OUT = " out";
    private static final java.util.Set<String> STATE_VERBS = LexiconFile.load("out-of-verbs").words();

    /** Prepositions of the state "out of" leaves: "in power", "under control" (lexicon/place-prepositions.txt). */
    private static final List<String> STATE_PREPOSITIONS = List.copyOf(LexiconFile.load("place-prepositions").words());

    /** The lexicon's one-predicate reading of being in the state {@code word} names ("under control"), or null. */
    private static String phraseOf(String word) {
        for (String preposition : STATE_PREPOSITIONS) {
            String phrase = BE + " " + preposition + " " + word;
            String key = Lexicon.key(phrase);
            if (!key.equals(phrase)) {
                return key;
            }
        }
        return null;
    }

    /** After {@link RemainsIn}, which reads "remains out of control" with the copula, so "be" is the only one left. */
    static Claim rewrite(Claim c) {
        // "burning out of control" may have been read as the phrasal "burn out", its "of" left after it
        boolean phrasal = c.predicate().endsWith(OUT)
                && STATE_VERBS.contains(c.predicate().substring(0, c.predicate().length() - OUT.length()));
        if (!c.predicate().equals(BE) && !STATE_VERBS.contains(c.predicate()) && !phrasal || c.arguments().isEmpty()) {
            return c;
        }
        List<String> words = FollowingWords.of(c);
        boolean outOf = words.size() >= 3 && words.subList(0, 2).equals(OUT_OF)
                || phrasal && words.size() >= 2 && words.get(0).equals(OUT_OF.get(1));
        if (!outOf) {
            return c;
        }
        Polarity polarity = c.polarity().flip();
        // "out of control" denies the phrase the lexicon reads as one predicate ("be under control": "under control")
        String state = words.get(words.get(0).equals(OUT_OF.get(0)) ? 2 : 1);
        String phrase = phraseOf(state);
        List<String> arguments = phrase == null ? c.arguments() : c.arguments().stream().filter(a -> !a.equals(state)).toList();
        // "raging out of control" says the state as "is out of control" does: read with the copula
        return new Claim(c.text(), phrase == null ? BE : phrase, c.predicateText(), c.subject(), arguments, polarity,
                polarity == Polarity.NEGATIVE ? String.join(" ", OUT_OF) : null, c.modality(), c.modalCue(),
                c.attribution(), c.passive(), c.aspect(), c.eventuality(), c.time(), c.quantifier(), c.quantities());
    }
}
