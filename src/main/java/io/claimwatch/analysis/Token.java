package io.claimwatch.analysis;

/**
 * One word of a sentence as the tagger saw it. {@code lemma} is lower case (the UD lemmatizer
 * lowercases proper nouns too), so names are compared through {@link #norm()}, which keeps
 * the surface form's letters for PROPN.
 */
record Token(int index, String text, String tag, String lemma) {

    boolean is(String tagName) {
        return tag.equals(tagName);
    }

    boolean isContent() {
        return switch (tag) {
            case "NOUN", "PROPN", "VERB", "ADJ", "NUM" -> true;
            case "ADV" -> lemma.endsWith("ly") || lemma.equals("home") || lemma.equals("abroad");
            default -> false;
        };
    }

    /** Whether the word is written in lower case (no name, no sentence start). */
    boolean lowerCase() {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** The words as a sentence of their own: indexes from 0, in order. */
    static java.util.List<Token> renumbered(java.util.List<Token> words) {
        java.util.List<Token> t = new java.util.ArrayList<>(words.size());
        for (Token w : words) {
            t.add(new Token(t.size(), w.text(), w.tag(), w.lemma()));
        }
        return t;
    }

    /** Lemma for common words; the lowercased surface for names, which the lemmatizer may mangle. */
    String norm() {
        return tag.equals("PROPN") ? lower().replaceAll("[^\\p{L}\\p{N}-]", "") : lemma;
    }
}
