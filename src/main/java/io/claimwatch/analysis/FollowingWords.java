package io.claimwatch.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The words of a claim's text around its predicate, lower case, for readings of what precedes or follows the verb. */
public final class FollowingWords {

    private FollowingWords() {}

    public static List<String> of(Claim c) {
        if (unread(c)) {
            return List.of();
        }
        List<String> words = words(c);
        List<String> said = said(c);
        int verb = Collections.indexOfSubList(words, said);
        return verb < 0 ? List.of() : words.subList(verb + said.size(), words.size());
    }

    /** The words of the claim's text before its predicate, lower case (none when the predicate is not found). */
    public static List<String> before(Claim c) {
        if (unread(c)) {
            return List.of();
        }
        List<String> words = words(c);
        int verb = Collections.indexOfSubList(words, said(c));
        return verb < 0 ? List.of() : words.subList(0, verb);
    }

    private static List<String> words(Claim c) {
        return List.of(c.text().toLowerCase(Locale.ROOT).split("[\\s,.;:]+"));
    }

    private static List<String> said(Claim c) {
        return List.of(c.predicateText().toLowerCase(Locale.ROOT).split(" "));
    }

    /** A claim a client sent may lack its text or its verb's words: then no word follows or precedes it. */
    private static boolean unread(Claim c) {
        return c.text() == null || c.predicateText() == null || c.predicateText().isBlank();
    }
}
