package io.claimwatch.analysis;

import java.util.List;
import java.util.Optional;

/**
 * "The Paris-based company", "London-based Acme": news names where an organisation is by a
 * place glued to "based". Read as a claim of its own ("the company is based in Paris"), and the
 * place leaves the main sentence, where it would be taken for a term of the company's act.
 */
final class BasedIn {

    private BasedIn() {}

    /** The sentence without "Paris-based", and "The company is based in Paris." as a sentence of its own. */
    record Split(String main, String description) {}

    private static final int MAX_NOUN_PHRASE = 4;

    static Optional<Split> find(List<Token> t) {
        for (int k = 2; k + 1 < t.size(); k++) {
            if (!t.get(k).lower().equals("based") || !t.get(k - 1).text().equals("-") || !t.get(k - 2).is("PROPN")) {
                continue;
            }
            int placeStart = k - 2;
            while (placeStart > 0 && t.get(placeStart - 1).is("PROPN")) {
                placeStart--; // "New York-based"
            }
            int end = k + 1;
            while (end < t.size() && end - k <= MAX_NOUN_PHRASE
                    && (t.get(end).is("NOUN") || t.get(end).is("PROPN") || t.get(end).is("ADJ"))) {
                end++;
            }
            if (end == k + 1 || !(t.get(end - 1).is("NOUN") || t.get(end - 1).is("PROPN"))) {
                return Optional.empty(); // "is Paris-based": no noun after it to be based
            }
            String place = Segment.words(t.subList(placeStart, k - 1));
            String holder = Segment.words(t.subList(k + 1, end));
            // "The shipping group Nordline is based in Oslo": a common noun keeps an article, lest it open the sentence as a verb
            holder = t.get(k + 1).is("PROPN") ? holder : "The " + holder;
            String main = Segment.words(t.subList(0, placeStart)) + " " + Segment.words(t.subList(k + 1, t.size()));
            return Optional.of(new Split(main.strip(), holder + " is based in " + place + "."));
        }
        return Optional.empty();
    }
}
