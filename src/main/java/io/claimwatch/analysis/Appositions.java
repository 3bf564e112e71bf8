package io.claimwatch.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A name and a description set off by commas before the verb ("Rossi, the party's longest-serving
 * leader, resigned"; "The club's captain, Rossi, resigned"; "The show, a project by Costa, is ...") says two things: the description is
 * true of the name, and the rest of the sentence is about the name. Read as two sentences, so the
 * description is its own claim and stays out of the main clause's subject.
 */
final class Appositions {

    private Appositions() {}

    /** The sentence without the description, and the description as a sentence of its own. */
    record Split(String main, String description) {}

    private static final Set<String> DESCRIPTION_TAGS = LexiconFile.load("apposition-tags").words();
    private static final int MAX_DESCRIPTION = 12;

    static Optional<Split> find(List<Token> t) {
        int first = commaAfter(t, 0);
        if (first < 1) {
            return Optional.empty();
        }
        int second = commaAfter(t, first + 1);
        if (second < 0 || second + 1 >= t.size() || !(t.get(second + 1).is("VERB") || t.get(second + 1).is("AUX"))) {
            return Optional.empty(); // "A, B, and C" is a list; an apposition is followed by the verb
        }
        List<Token> before = t.subList(0, first);
        List<Token> inside = t.subList(first + 1, second);
        if (!noun(inside) || !noun(before) || !describes(before) || !describes(inside) || inside.size() > MAX_DESCRIPTION) {
            return Optional.empty();
        }
        // "The club's captain, Rossi, ...": the name is the subject; otherwise the first phrase is
        boolean nameFirst = name(before) || !name(inside);
        List<Token> nameWords = nameFirst ? before : inside;
        List<Token> description = nameFirst ? inside : before;
        String rest = Segment.words(t.subList(second + 1, t.size()));
        String main = Segment.words(nameWords) + " " + rest;
        String described = Segment.words(nameWords) + " " + (plural(nameWords) ? "are" : "is") + " " + Segment.words(description) + ".";
        return Optional.of(new Split(main, described));
    }

    private static int commaAfter(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            if (t.get(i).text().equals(",")) {
                return i;
            }
            if (t.get(i).is("VERB") || t.get(i).is("AUX") || t.get(i).is("SCONJ") || t.get(i).is("PRON")) {
                return -1; // a clause before the comma, not a noun phrase
            }
        }
        return -1;
    }

    /** Words of a noun phrase only, with a noun or name. */
    private static boolean describes(List<Token> words) {
        if (words.isEmpty() || words.get(0).is("CCONJ") || words.get(0).is("ADP")) {
            return false;
        }
        return words.stream().allMatch(w -> DESCRIPTION_TAGS.contains(w.tag()) || w.text().startsWith("-") || w.text().equals("'s"));
    }

    private static boolean noun(List<Token> words) {
        return words.stream().anyMatch(w -> w.is("NOUN") || w.is("PROPN"));
    }

    /** A name: proper nouns only (a first word may be "the" or a title written as one). */
    private static boolean name(List<Token> words) {
        return words.stream().allMatch(w -> w.is("PROPN") || w.text().equals(".") || w.text().equals("-"));
    }

    private static boolean plural(List<Token> words) {
        return words.stream().anyMatch(w -> w.is("CCONJ"));
    }
}
