package io.claimwatch.analysis;

import java.util.List;
import java.util.Set;

/**
 * "The party remains in power", "the suspect stayed in custody": a copular verb before a place or
 * condition says the subject is there, so the claim is read with the copula ("is in power") and
 * meets "is out of power" and "is in custody".
 */
final class RemainsIn {

    private RemainsIn() {}

    private static final String BE = "be";
    private static final Set<String> PLACE = LexiconFile.load("place-prepositions").words();

    static Claim rewrite(Claim c) {
        if (!Cues.COPULAR.contains(c.predicate()) || c.arguments().isEmpty()) {
            return c;
        }
        List<String> words = FollowingWords.of(c);
        if (words.size() < 2 || !PLACE.contains(words.get(0))) {
            return c;
        }
        return new Claim(c.text(), BE, c.predicateText(), c.subject(), c.arguments(), c.polarity(), c.negationCue(),
                c.modality(), c.modalCue(), c.attribution(), c.passive(), c.aspect(), Eventuality.STATE, c.time(),
                c.quantifier(), c.quantities());
    }
}
