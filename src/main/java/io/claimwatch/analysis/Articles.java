package io.claimwatch.analysis;

import java.util.List;
import java.util.Set;

/**
 * "The mayor will seek a second term": the tagger read "a" as a particle and "second" as a verb. An
 * article is a determiner, and a bare verb between it and a noun modifies the noun ("a second term",
 * "a record crowd").
 */
final class Articles {

    private static final Set<String> ARTICLES = LexiconFile.load("determiners").withField("article");

    private Articles() {}

    static void repair(List<Token> t, Lexicon lexicon) {
        for (int i = 0; i + 2 < t.size(); i++) {
            Token article = t.get(i);
            if (!ARTICLES.contains(article.lower())) {
                continue;
            }
            if (!article.is("DET")) {
                t.set(i, new Token(article.index(), article.text(), "DET", article.lower()));
            }
            Token modifier = t.get(i + 1);
            if (modifier.is("VERB") && t.get(i + 2).is("NOUN") && modifier.lower().equals(modifier.lemma())
                    && Character.isLowerCase(modifier.text().charAt(0))) {
                String tag = lexicon.isAdjective(modifier.lower()) ? "ADJ" : "NOUN";
                t.set(i + 1, new Token(modifier.index(), modifier.text(), tag, modifier.lower()));
            }
        }
    }
}
