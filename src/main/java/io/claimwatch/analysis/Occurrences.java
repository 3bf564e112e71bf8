package io.claimwatch.analysis;

import java.util.List;
import java.util.Set;

/**
 * Reads "the election will be held on 3 June" as "the election will happen on 3 June" when the
 * subject is an event as WordNet knows it (lexicon/occurrence-verbs.txt), so it meets "will take
 * place on 10 June" and "was cancelled". "The suspect was held" stays a detention.
 */
final class Occurrences {

    private Occurrences() {}

    private static final Set<String> VERBS = LexiconFile.load("occurrence-verbs").words();
    private static final String HAPPEN = "happen";

    static Claim rewrite(Claim c, Lexicon lexicon) {
        if (!c.passive() || !VERBS.contains(c.predicate()) || c.subject().isEmpty()) {
            return c;
        }
        String head = subjectHead(c);
        if (head == null || !(lexicon.isEventNoun(head) || head.endsWith("s") && lexicon.isEventNoun(head.substring(0, head.length() - 1)))) {
            return c;
        }
        return new Claim(c.text(), HAPPEN, c.predicateText(), c.subject(), c.arguments(), c.polarity(), c.negationCue(),
                c.modality(), c.modalCue(), c.attribution(), false, c.aspect(), Cues.eventualityOf(HAPPEN), c.time(),
                c.quantifier(), c.quantities());
    }

    /** The subject's last word as written before the predicate ("election", which the subject holds as "elect"). */
    private static String subjectHead(Claim c) {
        List<String> words = FollowingWords.before(c);
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            for (String term : c.subject()) {
                if (w.startsWith(term) || Lexicon.key(w).equals(term)) {
                    return w;
                }
            }
        }
        return null;
    }
}
