package io.claimwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at a stop followed by a capital, a quote or a digit, never
 * inside an open quotation (a quoted remark of several sentences stays one), never after an
 * abbreviation or an initial. A wire dateline ("SEOUL, Feb 17 (Reuters) -") is left out.
 */
final class Sentences {

    private static final Pattern DATELINE =
            Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]+(,[^()\\n]{0,30})?\\s*\\([^)]{1,40}\\)\\s*[-\u2013\u2014]+\\s*");

    private final Words words;

    Sentences(Words words) {
        this.words = words;
    }

    List<Span> split(String text, Span paragraph) {
        int start = paragraph.start();
        Matcher dateline = DATELINE.matcher(paragraph.of(text));
        if (dateline.find()) {
            start += dateline.end();
        }
        boolean balanced = countQuotes(text, paragraph) % 2 == 0;
        List<Span> out = new ArrayList<>();
        boolean inQuote = false;
        for (int i = start; i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (isDoubleQuote(c)) {
                inQuote = c == '\u201C' || (c == '"' && !inQuote);
                if (c == '\u201D') {
                    inQuote = false;
                }
            }
            if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && (!inQuote || !balanced)) {
                int end = i + 1;
                while (end < paragraph.end() && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end < paragraph.end() && Character.isWhitespace(text.charAt(end)) && startsSentence(text, end, paragraph.end())
                        && !(c == '.' && isAbbreviation(text, start, i))) {
                    out.add(trim(text, start, end));
                    start = end;
                    if (end > i + 1 && isDoubleQuote(text.charAt(end - 1))) {
                        inQuote = false;
                    }
                }
            }
        }
        if (start < paragraph.end()) {
            Span last = trim(text, start, paragraph.end());
            if (last.end() > last.start()) {
                out.add(last);
            }
        }
        return out;
    }

    private static int countQuotes(String text, Span p) {
        int n = 0;
        for (int i = p.start(); i < p.end(); i++) {
            if (isDoubleQuote(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    private static boolean isCloser(char c) {
        return isDoubleQuote(c) || c == ')' || c == ']' || c == '\u2019' || c == '\'';
    }

    private static boolean startsSentence(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '\u201C' || c == '"' || c == '\u2018';
    }

    private boolean isAbbreviation(String text, int sentenceStart, int stop) {
        int w = stop;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, stop).replaceAll("^[^\\p{L}]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        return words.abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
