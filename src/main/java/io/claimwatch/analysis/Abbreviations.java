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
            String words = WORDS.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(headline(text, m.end()) ? titleCase(words) : words));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern CAPITALISED_NEXT = Pattern.compile("\\s+\\p{Lu}");

    /** "PM Resigns After ...": in a Title Case line the words stay capitalised, so the line still reads as a headline. */
    private static boolean headline(String text, int end) {
        return CAPITALISED_NEXT.matcher(text).region(end, text.length()).lookingAt();
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }
}
