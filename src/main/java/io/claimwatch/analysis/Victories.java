package io.claimwatch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Leeds beat Hull in the final" is a win for Leeds (over Hull); "Hull were beaten" a loss for Hull
 * (lexicon/victory-verbs.txt), the beaten side left out of what was won, as it is of what "lost to
 * Hull" lost. So the winner meets "Leeds lost the final" and "Hull beat Leeds in the final".
 */
public final class Victories {

    private Victories() {}

    private static final Set<String> VERBS = LexiconFile.load("victory-verbs").words();
    private static final String WIN = "win";
    private static final Set<String> PREPOSITIONS = new java.util.HashSet<>(LexiconFile.load("place-prepositions").words());

    static {
        PREPOSITIONS.addAll(LexiconFile.load("directional-prepositions").words());
    }

    private static final String LOSE = "lose";
    private static final String TO = "to";

    static Claim rewrite(Claim c) {
        if (c.predicateText() == null || c.predicateText().isBlank()) {
            return c;
        }
        List<String> words = FollowingWords.of(c);
        if (c.predicate().equals(LOSE) && !c.passive() && !words.isEmpty() && words.get(0).equals(TO)) {
            // "lost to Hull in the final": Hull is no part of what was lost
            return as(c, LOSE, withoutOpponent(c, words, 1));
        }
        if (!saidByVictoryVerb(c) || !c.passive() && c.arguments().isEmpty()) {
            return c;
        }
        // the beaten side is no part of what was won: "beat Hull in the final" won the final
        return c.passive() ? as(c, LOSE, c.arguments()) : as(c, WIN, withoutOpponent(c, words, 0));
    }

    /** Whether the claim's verb as written is one of victory-verbs.txt ("beat", "defeated"), whatever key it folded to. */
    public static boolean saidByVictoryVerb(Claim c) {
        if (c.predicateText() == null || c.predicateText().isBlank()) {
            return false;
        }
        String[] said = c.predicateText().toLowerCase(Locale.ROOT).split(" ");
        String verb = said[said.length - 1];
        String base = Lexicon.shared().verbBaseOf(verb, verb);
        return VERBS.contains(base == null ? verb : base);
    }

    /** The claim's arguments but those named from {@code from} up to the next preposition (the other side). */
    private static List<String> withoutOpponent(Claim c, List<String> words, int from) {
        int end = from;
        while (end < words.size() && !PREPOSITIONS.contains(words.get(end))) {
            end++;
        }
        List<String> opponent = words.subList(from, end);
        return c.arguments().stream().filter(a -> !Lexicon.namedIn(a, opponent)).toList();
    }

    private static Claim as(Claim c, String predicate, List<String> arguments) {
        return new Claim(c.text(), predicate, c.predicateText(), c.subject(), arguments, c.polarity(),
                c.negationCue(), c.modality(), c.modalCue(), c.attribution(), false, c.aspect(), c.eventuality(), c.time(),
                c.quantifier(), c.quantities());
    }
}
