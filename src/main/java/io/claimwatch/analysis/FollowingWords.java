package io.claimwatch.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The words of a claim's text after its predicate, lower case, for readings of what follows the verb. */
public final class FollowingWords {

    private FollowingWords() {}

    public static List<String> of(Claim c) {
        List<String> words = List.of(c.text().toLowerCase(Locale.ROOT).split("[\\s,.;:]+"));
        List<String> said = List.of(c.predicateText().toLowerCase(Locale.ROOT).split(" "));
        int verb = Collections.indexOfSubList(words, said);
        return verb < 0 ? List.of() : words.subList(verb + said.size(), words.size());
    }
}
