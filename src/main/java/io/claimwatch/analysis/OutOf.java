package io.claimwatch.analysis;

import java.util.List;

/**
 * After a copula, "out of X" denies being in or under X: "the fire is out of control" against
 * "the fire is under control", "the party is out of power" against "in power". Read as the
 * negated copular claim, whose terms ("control", "power") the other side shares.
 */
final class OutOf {

    private OutOf() {}

    private static final List<String> OUT_OF = List.of("out", "of");
    private static final String BE = "be";

    /** After {@link RemainsIn}, which reads "remains out of control" with the copula, so "be" is the only one left. */
    static Claim rewrite(Claim c) {
        if (!c.predicate().equals(BE) || c.arguments().isEmpty()) {
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
}
