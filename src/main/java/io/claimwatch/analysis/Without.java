package io.claimwatch.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The suspect was released without charge" also says the suspect was not charged; "the talks
 * ended without a deal" that the talks reached no agreement. The event noun after "without" gives
 * a denied claim of its verb about the same subject, in the same voice (lexicon/without-idioms.txt
 * lists the nouns that do not).
 */
final class Without {

    private Without() {}

    private static final String WITHOUT = "without";
    private static final Set<String> ARTICLES = LexiconFile.load("determiners").withField("article");
    private static final Set<String> IDIOMS = LexiconFile.load("without-idioms").words();

    static Optional<Claim> implied(Claim c, Lexicon lexicon) {
        if (c.polarity() != Polarity.POSITIVE || c.subject().isEmpty()) {
            return Optional.empty();
        }
        List<String> words = FollowingWords.of(c);
        int at = words.indexOf(WITHOUT);
        if (at < 0 || at + 1 >= words.size()) {
            return Optional.empty();
        }
        String noun = words.get(at + 1);
        if (ARTICLES.contains(noun) && at + 2 < words.size()) {
            noun = words.get(at + 2);
        }
        String verb = verbOf(singular(noun), lexicon);
        if (verb == null || IDIOMS.contains(verb) || IDIOMS.contains(noun)) {
            return Optional.empty();
        }
        return Optional.of(new Claim(c.text(), verb, c.predicateText(), c.subject(), List.of(), Polarity.NEGATIVE, WITHOUT,
                c.modality(), c.modalCue(), c.attribution(), c.passive(), c.aspect(), Cues.eventualityOf(verb), c.time(),
                null, List.of()));
    }

    /** The verb an event noun names ("charge", "deal": agree, "injury": injure), or null. */
    private static String verbOf(String noun, Lexicon lexicon) {
        String key = Lexicon.key(noun);
        if (lexicon.isVerb(key)) {
            return key;
        }
        return lexicon.isVerb(noun) ? noun : null;
    }

    private static String singular(String noun) {
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.endsWith("sses") || noun.endsWith("shes") || noun.endsWith("ches") || noun.endsWith("xes")) {
            return noun.substring(0, noun.length() - 2); // "losses", "clashes"
        }
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
