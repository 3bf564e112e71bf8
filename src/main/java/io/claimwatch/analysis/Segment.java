package io.claimwatch.analysis;

import java.util.List;

/**
 * Part of a sentence that makes claims, after reported speech is peeled off. A reporting verb
 * can negate what it reports ("denied that ...") or weaken it ("doubts that ...").
 */
record Segment(List<Token> tokens, String attribution, boolean negated, String negationCue,
               Modality modality, String modalCue) {

    static Segment plain(List<Token> tokens) {
        return new Segment(tokens, null, false, null, Modality.ASSERTED, null);
    }

    static String words(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            boolean glue = sb.length() == 0 || t.is("PUNCT") && !t.text().equals("(") && !t.text().equals("\"")
                    || t.text().startsWith("'") || t.lower().equals("n't");
            sb.append(glue ? "" : " ").append(t.text());
        }
        return sb.toString().trim();
    }
}
