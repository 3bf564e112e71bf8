package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.LexiconFile;
import java.util.List;
import java.util.Set;

/**
 * Figures given for a place each: "turnout was 72 percent in the north" / "54 percent in the south"
 * measure two regions, so their opposite place words ("north" / "south") are no clash.
 */
final class PlaceScope {

    private static final Set<String> PREPOSITIONS = LexiconFile.load("place-prepositions").words();
    /** How many words ("the", "far") may stand between the preposition and the place word. */
    private static final int REACH = 3;

    private PlaceScope() {}

    /** Both claims give a figure and each opposite word names where its figure holds. */
    static boolean figuresOfTwoPlaces(Claim cx, String u, Claim cy, String v) {
        return !cx.quantities().isEmpty() && !cy.quantities().isEmpty() && inPlacePhrase(cx, u) && inPlacePhrase(cy, v);
    }

    /** Each claim names a place by a word opposite to the other's ("in the east" / "in the west"). */
    static boolean oppositePlaces(Claim cx, Claim cy, Lexicon lexicon) {
        for (String u : placeWords(cx)) {
            for (String v : placeWords(cy)) {
                if (lexicon.antonyms(u, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words up to {@link #REACH} after each place preposition of the claim's text. */
    private static List<String> placeWords(Claim c) {
        List<String> out = new java.util.ArrayList<>();
        List<String> words = Alignment.textWords(c);
        for (int i = 0; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i))) {
                out.addAll(words.subList(i + 1, Math.min(words.size(), i + 1 + REACH)));
            }
        }
        return out;
    }

    /** Whether {@code term} is written after a place preposition in the claim's text ("in the north"). */
    static boolean inPlacePhrase(Claim c, String term) {
        List<String> words = Alignment.textWords(c);
        for (int i = 1; i < words.size(); i++) {
            if (!Lexicon.namedIn(term, Set.of(words.get(i)))) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - REACH); j--) {
                if (PREPOSITIONS.contains(words.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
