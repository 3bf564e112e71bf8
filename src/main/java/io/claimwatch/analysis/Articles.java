package io.claimwatch.analysis;

import java.util.List;
import java.util.Set;

/**
 * "The mayor will seek a second term": the tagger read "a" as a particle and "second" as a verb. An
 * article is a determiner, and a bare verb between it and a noun modifies the noun ("a second term",
 * "a record crowd"), and so is one after an article and adjectives ("recovered the stolen lorry").
 */
final class Articles {

    private static final Set<String> ARTICLES = LexiconFile.load("determiners").withField("article");

    private Articles() {}

    static void repair(List<Token> t, Lexicon lexicon) {
        for (int i = 0; i < t.size(); i++) {
            Token article = t.get(i);
            if (!ARTICLES.contains(article.lower())) {
                continue;
            }
            if (!article.is("DET")) {
                t.set(i, new Token(article.index(), article.text(), "DET", article.lower()));
            }
            if (i + 2 >= t.size()) {
                continue;
            }
            Token modifier = t.get(i + 1);
            if (bare(modifier) && t.get(i + 2).is("NOUN")) {
                String tag = lexicon.isAdjective(modifier.lower()) ? "ADJ" : "NOUN";
                t.set(i + 1, new Token(modifier.index(), modifier.text(), tag, modifier.lower()));
            }
            headAfterAdjectives(t, i, lexicon);
        }
    }

    /**
     * "Detectives recovered the stolen lorry": a bare verb after an article and adjectives, in a clause whose
     * verb came before the article, is the noun they modify.
     */
    private static void headAfterAdjectives(List<Token> t, int article, Lexicon lexicon) {
        int k = article + 1;
        while (k < t.size() && (t.get(k).is("ADJ") || participle(t.get(k), lexicon))) {
            k++;
        }
        if (k == article + 1 || k >= t.size() || !bare(t.get(k)) || !lexicon.isNoun(t.get(k).lower())
                || t.subList(0, article).stream().noneMatch(w -> w.is("VERB"))) {
            return;
        }
        t.set(k, new Token(t.get(k).index(), t.get(k).text(), "NOUN", t.get(k).lower()));
    }

    /** "stolen", "damaged": a verb's past participle, however tagged, before the noun it modifies (not "men"). */
    private static boolean participle(Token w, Lexicon lexicon) {
        String base = lexicon.verbBaseOf(w.lower(), w.lower());
        return base != null && !base.equals(w.lower()) && (w.lower().endsWith("ed") || w.lower().endsWith("en"));
    }

    /** A verb in its base form, written in lower case ("second", "lorry" as the tagger read them). */
    private static boolean bare(Token w) {
        return w.is("VERB") && w.lower().equals(w.lemma()) && w.lowerCase();
    }
}
