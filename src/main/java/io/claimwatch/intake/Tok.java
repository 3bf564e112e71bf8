package io.claimwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A whitespace-separated token of a sentence, with its word (outer punctuation cut) and offsets. */
record Tok(String text, String word, int start, int end) {

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    static List<Tok> of(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String word = m.group().replaceAll("^[\"\u201C\u201D(\\[\u2018']+|[\"\u201C\u201D,.;:!?)\\]\u2026\u2019']+$", "");
            out.add(new Tok(m.group(), word, m.start(), m.end()));
        }
        return out;
    }

    /** True when punctuation follows the word: a phrase never runs across it. */
    boolean closesPhrase() {
        return text.matches(".*[,.;:!?\"\u201D\u2026)]$") || text.matches(".*[\u2019']$") && !text.matches(".*\\p{L}[\u2019']s?$");
    }

    boolean opensWithQuote() {
        return text.matches("^[\"\u201C\u2018].*");
    }

    boolean capitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    String lower() {
        return Words.clean(word);
    }
}
