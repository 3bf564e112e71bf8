package io.claimwatch.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Reads an un- participle said of the subject ("the driver was unhurt", "the truce remained
 * unbroken", "rates were unchanged") as the verb it negates ("was not hurt"), so it meets "the
 * driver was hurt" and "the bank raised rates". Only where WordNet knows the rest as a verb form
 * and does not know the un- word as a verb of its own ("unveiled", "uncovered" are events).
 */
final class NegatedParticiples {

    private NegatedParticiples() {}

    static final String PREFIX = "un";
    /** Participle endings: "unchanged", "unbroken", "unknown", "unhurt". */
    private static final Set<String> ENDINGS = LexiconFile.load("participle-endings").words();

    static Claim rewrite(Claim c, Lexicon lexicon) {
        String[] words = c.predicateText().split(" ");
        String word = words[words.length - 1].toLowerCase(Locale.ROOT);
        // after a copula ("was unhurt"), or read as a participle already ("left rates unchanged")
        if (!word.startsWith(PREFIX) || word.length() < 6 || words.length < 2 && !c.passive()
                || ENDINGS.stream().noneMatch(word::endsWith)) {
            return c;
        }
        String rest = word.substring(PREFIX.length());
        String base = lexicon.verbBaseOf(rest, rest);
        if (base == null || lexicon.isVerb(PREFIX + base)) {
            return c;
        }
        String predicate = Lexicon.key(base);
        Eventuality eventuality = Cues.eventualityOf(predicate);
        Polarity polarity = c.polarity().flip();
        return new Claim(c.text(), predicate, c.predicateText(), c.subject(), c.arguments(), polarity,
                polarity == Polarity.NEGATIVE ? PREFIX + "-" : null, c.modality(), c.modalCue(), c.attribution(), true,
                c.aspect(), eventuality, c.time(), c.quantifier(), c.quantities());
    }
}
