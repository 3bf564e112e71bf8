package io.claimwatch.analysis;

import java.util.List;

/**
 * "The product recall affects 3,000 cars": the tagger read the head of a two-noun subject as the verb
 * ("recall") and the verb after it as something else ("affects"). When a bare verb after a determiner and a
 * noun is a noun too, and the next word is a verb's -s form, the first is the subject's head and the
 * second the verb.
 */
final class CompoundSubjects {

    private CompoundSubjects() {}

    static void repair(List<Token> t, Lexicon lexicon) {
        for (int i = 2; i + 1 < t.size(); i++) {
            Token head = t.get(i);
            Token next = t.get(i + 1);
            if (!head.is("VERB") || !t.get(i - 1).is("NOUN") || !t.get(i - 2).is("DET") || !head.lowerCase() || !next.lowerCase()
                    || !head.lower().equals(head.lemma()) || !lexicon.isNoun(head.lower())
                    || next.is("VERB") || next.is("AUX") || !next.lower().endsWith("s")) {
                continue;
            }
            String base = lexicon.verbBaseOf(next.lower(), next.lemma());
            if (base == null || base.equals(next.lower())) {
                continue;
            }
            t.set(i, new Token(head.index(), head.text(), "NOUN", head.lower()));
            t.set(i + 1, new Token(next.index(), next.text(), "VERB", base));
            return;
        }
    }
}
