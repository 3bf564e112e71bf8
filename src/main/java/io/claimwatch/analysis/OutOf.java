package io.claimwatch.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * After a copula, "out of X" denies being in or under X: "the fire is out of control" against
 * "the fire is under control", "the party is out of power" against "in power". Read as the
 * negated copular claim, whose terms ("control", "power") the other side shares.
 */
final class OutOf {

    private OutOf() {}

    private static final List<String> OUT_OF = List.of("out", "of");
    private static final Set<String> COPULAS = copulas();

    static Claim rewrite(Claim c) {
        if (!COPULAS.contains(c.predicate()) || c.arguments().isEmpty()) {
            return c;
        }
        List<String> words = FollowingWords.of(c);
        if (words.size() < 3 || !words.subList(0, 2).equals(OUT_OF)) {
            return c;
        }
        Polarity polarity = c.polarity().flip();
        return new Claim(c.text(), c.predicate(), c.predicateText(), c.subject(), c.arguments(), polarity,
                polarity == Polarity.NEGATIVE ? String.join(" ", OUT_OF) : null, c.modality(), c.modalCue(),
                c.attribution(), c.passive(), c.aspect(), c.eventuality(), c.time(), c.quantifier(), c.quantities());
    }

    private static Set<String> copulas() {
        Set<String> all = new HashSet<>(LexiconFile.load("copular-verbs").words());
        all.add("be");
        return Set.copyOf(all);
    }
}
