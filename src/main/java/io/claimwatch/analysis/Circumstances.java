package io.claimwatch.analysis;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The terms of a claim that only name a circumstance of it, its cause or the event it followed ("the
 * airport remains closed after the storm": "storm"), read from the claim's text (lexicon/circumstance-cues.txt).
 */
public final class Circumstances {

    private Circumstances() {}

    private static final Pattern PHRASE = Pattern.compile("(?i)\\b(?:" + LexiconFile.load("circumstance-cues").words().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b[^,;:]*");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    /** The claim's subject and argument terms named in a circumstance phrase and nowhere else in its text. */
    public static Set<String> of(Claim c) {
        if (c.text() == null) {
            return Set.of();
        }
        Matcher m = PHRASE.matcher(c.text());
        if (!m.find()) {
            return Set.of();
        }
        Set<String> inPhrase = words(m.group());
        Set<String> elsewhere = words(c.text().substring(0, m.start()) + " " + c.text().substring(m.end()));
        Set<String> out = new LinkedHashSet<>();
        for (String term : c.terms()) {
            if (Lexicon.namedIn(term, inPhrase) && !Lexicon.namedIn(term, elsewhere) && !term.equals(c.predicate())) {
                out.add(term);
            }
        }
        return out;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
