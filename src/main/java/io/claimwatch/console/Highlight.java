package io.claimwatch.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a statement's text into plain and highlighted runs: the evidence words, whole words, any case. */
public final class Highlight {

    /** A run of text, marked when it is one of the clashing words. */
    public record Run(String text, boolean marked) {
    }

    private Highlight() {
    }

    public static List<Run> runs(String text, List<String> evidence) {
        List<String> words = evidence == null ? List.of() : evidence.stream()
                .flatMap(e -> Pattern.compile("\\s+").splitAsStream(e.trim()))
                .filter(w -> w.length() > 1 || Character.isLetterOrDigit(w.charAt(0)))
                .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
        List<Run> runs = new ArrayList<>();
        if (words.isEmpty()) {
            runs.add(new Run(text, false));
            return runs;
        }
        String alternatives = String.join("|", words.stream().map(Pattern::quote).toList());
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(new Run(text.substring(at, m.start()), false));
            }
            runs.add(new Run(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }
}
