package io.claimwatch.analysis;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a title abbreviation as its words ("PM" as "prime minister", lexicon/title-abbreviations.txt),
 * so a headline's "PM" meets the copy's "prime minister". Not after a number: "5 PM" is a time.
 */
final class Abbreviations {

    private Abbreviations() {}

    private static final Map<String, String> WORDS = LexiconFile.load("title-abbreviations").pairs();
    private static final Pattern TITLE = Pattern.compile("(?<![\\d.:]\\s?)\\b(" + String.join("|", List.copyOf(WORDS.keySet())) + ")\\b");

    static String expand(String text) {
        Matcher m = TITLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(WORDS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
