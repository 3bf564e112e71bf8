package io.claimwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an article into paragraphs (one per non-blank line) and tells body text from headings,
 * captions, bylines, author bios and correction notes, which never yield claims.
 */
final class Blocks {

    private static final Pattern LINE = Pattern.compile("[^\\n\\r]+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?\"\u201D\u2026:;)\\]'\u2019]\\s*$");
    private static final Pattern NAME_LINE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*( \\p{Lu}[\\p{L}'\u2019.-]*){1,3}");
    private static final Pattern SELF_DESCRIPTION = Pattern.compile("^(\\p{Lu}[\\p{L}-]*\\s+){0,2}(is|was) (a|an|the) ");
    private static final int MAX_HEADING_WORDS = 12;

    private final Words words;

    Blocks(Words words) {
        this.words = words;
    }

    List<Block> split(String text) {
        List<Span> lines = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                lines.add(new Span(start, end));
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<String> authorNames = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).of(text);
            String next = i + 1 < lines.size() ? lines.get(i + 1).of(text) : null;
            Block.Kind kind = classify(line, next, i >= lines.size() - 2, authorNames);
            if (kind == Block.Kind.BYLINE) {
                authorNames.add(line);
            }
            blocks.add(new Block(kind, lines.get(i)));
        }
        return blocks;
    }

    private Block.Kind classify(String line, String next, boolean nearEnd, List<String> authorNames) {
        String lower = line.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (words.captionCues.stream().anyMatch(lower::contains)) {
            return Block.Kind.CAPTION;
        }
        if (words.correctionCues.stream().anyMatch(lower::startsWith)) {
            return Block.Kind.CORRECTION;
        }
        int wordCount = line.split("\\s+").length;
        if (wordCount <= MAX_HEADING_WORDS && words.bylineCues.stream().anyMatch(c -> lower.startsWith(c + " "))) {
            return Block.Kind.BYLINE;
        }
        if (isBio(line, lower, authorNames)) {
            return Block.Kind.BIO;
        }
        if (NAME_LINE.matcher(line).matches() && (nearEnd || next != null && startsWithOneOf(next, line))) {
            return Block.Kind.BYLINE; // an author's name alone on its line, followed by the bio or ending the piece
        }
        if (wordCount <= MAX_HEADING_WORDS && !ENDS_SENTENCE.matcher(line).find()) {
            return Block.Kind.HEADING;
        }
        return Block.Kind.BODY;
    }

    private boolean isBio(String line, String lower, List<String> authorNames) {
        boolean aboutAuthor = authorNames.stream().anyMatch(name -> startsWithOneOf(line, name));
        boolean selfDescription = SELF_DESCRIPTION.matcher(line).find();
        boolean cue = java.util.Arrays.stream(lower.split("[^\\p{L}]+")).anyMatch(words.bioCues::contains);
        return cue && (aboutAuthor || selfDescription);
    }

    /** True when {@code line} starts with one of the words of {@code name} ("Hermina is ..." after "Hermina Wong"). */
    private static boolean startsWithOneOf(String line, String name) {
        String first = line.split("[\\s,]+")[0];
        for (String word : name.replaceFirst("(?i)^by\\s+", "").split("\\s+")) {
            if (word.length() > 1 && word.equals(first)) {
                return true;
            }
        }
        return false;
    }
}
