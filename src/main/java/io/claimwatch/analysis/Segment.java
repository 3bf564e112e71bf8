package io.claimwatch.analysis;

import java.util.List;

/**
 * Part of a sentence that makes claims, after reported speech is peeled off. A reporting verb
 * can negate what it reports ("denied that ...") or weaken it ("doubts that ...").
 */
record Segment(List<Token> tokens, String attribution, boolean negated, String negationCue,
               Modality modality, String modalCue, List<String> sourceTerms) {

    Segment(List<Token> tokens, String attribution, boolean negated, String negationCue, Modality modality, String modalCue) {
        this(tokens, attribution, negated, negationCue, modality, modalCue, null);
    }

    static Segment plain(List<Token> tokens) {
        return new Segment(tokens, null, false, null, Modality.ASSERTED, null);
    }

    Segment asQuestion() {
        return new Segment(tokens, attribution, negated, negationCue, Modality.HEDGED, "?", sourceTerms);
    }

    Segment withoutNegation() {
        return new Segment(tokens, attribution, false, null, modality, modalCue, sourceTerms);
    }

    /** The same segment with the speaker's words, which a pronoun subject of the content refers to. */
    Segment withSource(List<Token> source) {
        List<String> terms = new java.util.ArrayList<>();
        for (Token t : source) {
            if ((t.is("NOUN") || t.is("PROPN")) && !t.lemma().equals("say")) {
                String term = Lexicon.key(t.norm());
                if (!terms.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return new Segment(tokens, attribution, negated, negationCue, modality, modalCue, terms.isEmpty() ? null : terms);
    }

    static String words(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        String previous = "";
        for (Token t : tokens) {
            boolean glue = sb.length() == 0 || t.is("PUNCT") && !t.text().equals("(") && !t.text().equals("\"")
                    || t.text().startsWith("'") || t.lower().equals("n't") || previous.equals("(")
                    || previous.equals("-"); // "state-owned": a hyphen between words, more often than a spaced dash
            sb.append(glue ? "" : " ").append(t.text());
            previous = t.text();
        }
        return sb.toString().trim();
    }
}
