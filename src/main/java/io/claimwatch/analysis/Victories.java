package io.claimwatch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Leeds beat Hull in the final" is a win for Leeds (over Hull); "Hull were beaten" a loss for Hull
 * (lexicon/victory-verbs.txt), the beaten side left out of what was won. So the winner meets "Leeds
 * lost the final" and "Hull beat Leeds in the final".
 */
final class Victories {

    private Victories() {}

    private static final Set<String> VERBS = LexiconFile.load("victory-verbs").words();
    private static final String WIN = "win";
    private static final Set<String> PREPOSITIONS = new java.util.HashSet<>(LexiconFile.load("place-prepositions").words());

    static {
        PREPOSITIONS.addAll(LexiconFile.load("directional-prepositions").words());
    }

    private static final String LOSE = "lose";

    static Claim rewrite(Claim c) {
        if (c.predicateText() == null || c.predicateText().isBlank()) {
            return c;
        }
        List<String> said = List.of(c.predicateText().toLowerCase(Locale.ROOT).split(" "));
        String verb = said.get(said.size() - 1);
        String base = Lexicon.shared().verbBaseOf(verb, verb);
        if (base == null || !VERBS.contains(base) || !c.passive() && c.arguments().isEmpty()) {
            return c;
        }
        // the beaten side is no part of what was won: "beat Hull in the final" won the final
        List<String> words = FollowingWords.of(c);
        int end = 0;
        while (end < words.size() && !PREPOSITIONS.contains(words.get(end))) {
            end++;
        }
        List<String> opponent = c.passive() ? List.of() : words.subList(0, end);
        List<String> arguments = c.arguments().stream()
                .filter(a -> opponent.stream().noneMatch(w -> Lexicon.writtenFormOf(w, a) || Lexicon.key(w).equals(a))).toList();
        return new Claim(c.text(), c.passive() ? LOSE : WIN, c.predicateText(), c.subject(), arguments, c.polarity(),
                c.negationCue(), c.modality(), c.modalCue(), c.attribution(), false, c.aspect(), c.eventuality(), c.time(),
                c.quantifier(), c.quantities());
    }
}
