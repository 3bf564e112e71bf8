package io.claimwatch.analysis;

import java.util.regex.Pattern;

/**
 * News quotes carry editorial brackets: "It [THAAD] will damage ...", "the stockpiles [of
 * weapons]". A bracket after a pronoun names its referent, so it replaces the pronoun; other
 * brackets are read as part of the text.
 */
final class Editorial {

    private Editorial() {}

    private static final Pattern PRONOUN_REFERENT = Pattern.compile(
            "\\b(?i:it|he|she|they|him|her|them|we|us|this|that|its|his|their)\\s*\\[([^\\]]{1,80})\\]");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]{0,200})\\]");

    static String resolve(String text) {
        String named = PRONOUN_REFERENT.matcher(text).replaceAll("$1");
        return BRACKET.matcher(named).replaceAll("$1").replaceAll("\\s{2,}", " ");
    }
}
