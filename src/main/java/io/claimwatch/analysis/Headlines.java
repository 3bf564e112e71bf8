package io.claimwatch.analysis;

import java.util.Locale;

/**
 * Headlines are written in Title Case or ALL CAPS, which the tagger reads as a row of proper
 * nouns and so finds no verb. A line that looks like one gets its function words and the words
 * WordNet knows as verbs or as common nouns (no name among their senses) in lower case, names keep their
 * capitals ("Acme Denies Leeds Closure" is read as "Acme denies Leeds closure"); "Minister to resign" is
 * then read as the plan it announces. Its present tense reports a done event ("Fire Destroys Theatre"), and
 * a count before a state ("Three Dead In Blast") what befell them.
 */
final class Headlines {

    private Headlines() {}

    /** Whether a line is written as a headline: Title Case, ALL CAPS, or "Star Quits". */
    static boolean is(String sentence) {
        String trimmed = sentence.strip();
        String[] words = trimmed.split("\\s+");
        return words.length >= 2 && (words.length >= 3 || titleVerb(words)) && (allCaps(trimmed) || titleCase(words) || titleVerb(words));
    }

    private static final java.util.regex.Pattern SPEAKER_COLON = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2}): (\\p{Lu}\\p{Ll}*) (.+)$");
    /** "I", "we": the first-person pronouns (lexicon/first-person.txt) that are a clause's subject (personal-pronouns.txt). */
    private static final java.util.Set<String> FIRST_PERSON_SUBJECTS = LexiconFile.load("first-person").rows().stream()
            .map(row -> row.get(0)).filter(LexiconFile.load("personal-pronouns").words()::contains)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "Minister: I Will Not Resign", "PM: We Won't Raise Taxes": a headline's speaker before a colon is the "I" or
     * "we" of what follows ("Minister Will Not Resign"), when the speaker is a person or a name WordNet does not know.
     */
    static String speakerFirst(String line) {
        java.util.regex.Matcher m = SPEAKER_COLON.matcher(line.strip());
        if (!m.matches() || !FIRST_PERSON_SUBJECTS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            return line;
        }
        String[] speaker = m.group(1).split(" ");
        String last = speaker[speaker.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        Lexicon lexicon = Lexicon.shared();
        boolean person = lexicon.isPersonKind(last) || !lexicon.isNoun(last) && !lexicon.isVerb(last) && !lexicon.isAdjective(last);
        return person ? m.group(1) + " " + m.group(3) : line;
    }

    /** A line {@link #is} found a headline, with its common words in lower case. */
    static String normalise(String sentence) {
        String trimmed = sentence.strip();
        String[] words = trimmed.split("\\s+");
        boolean caps = allCaps(trimmed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = caps ? capitalised(words[i]) : words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            String letters = lower.replaceAll("[^\\p{L}]", "");
            boolean common = FUNCTION_WORDS.contains(letters) || !letters.isEmpty()
                    && (Lexicon.shared().verbBaseOf(letters, letters) != null
                    || Lexicon.shared().isCommonNoun(Lexicon.shared().nounBaseOf(letters)));
            out.append(i > 0 ? " " : "").append(i > 0 && common ? lower : word);
        }
        return countedClauses(out.toString());
    }

    /**
     * "Ferry sinks off coast, 12 missing": a comma before a count and its state opens a clause of its own, so it is
     * read as one ("12 missing") and not as a list after "coast".
     */
    private static String countedClauses(String headline) {
        String[] parts = headline.split(",\\s+");
        StringBuilder out = new StringBuilder(countedState(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            String[] words = parts[i].toLowerCase(Locale.ROOT).split(" ");
            // a count and a state ("12 missing", "nine dead", "five fishermen missing"), not "2 firms say"
            String state = words[words.length - 1];
            boolean count = (words.length == 2 || words.length == 3) && isCount(words[0])
                    && (STATES.containsKey(state) || state.endsWith("ing") || state.endsWith("ed"));
            out.append(count ? "; " : ", ").append(count ? countedState(parts[i]) : parts[i]);
        }
        return out.toString();
    }

    private static final java.util.Map<String, String> STATES = LexiconFile.load("headline-states").pairs();

    /** "Three dead in factory blast": a count, then a state adjective, reads as what befell them ("Three died"). */
    private static String countedState(String headline) {
        String[] words = headline.split(" ", 3);
        if (words.length < 2 || !STATES.containsKey(words[1]) || !isCount(words[0].toLowerCase(Locale.ROOT).replace(",", ""))) {
            return headline;
        }
        return words[0] + " " + STATES.get(words[1]) + (words.length > 2 ? " " + words[2] : "");
    }

    /** "12", "nine": a count written in figures or in words. */
    private static boolean isCount(String word) {
        return word.matches("\\d+") || Quantities.isNumberWord(word);
    }

    private static final java.util.Set<String> FUNCTION_WORDS = LexiconFile.load("function-words").words();
    private static final java.util.Set<String> ARTICLES = LexiconFile.load("determiners").withField("article");

    /**
     * Whether an object follows {@code verb} in a normalised headline: a word after it that is no
     * function word, or an article ("Fans attacked referee", "Police arrested the driver"), where
     * "Three killed in pile-up", "Manager sacked" and "Hikers found alive" have none.
     */
    static boolean objectFollows(String text, String verb) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        String first = verb.toLowerCase(Locale.ROOT);
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(first)) {
                String next = words[i + 1].replaceAll("[^\\p{L}\\d]", "");
                // "Hikers found alive": a complement, no object
                boolean complement = Lexicon.shared().isAdjective(next) && !Lexicon.shared().isNoun(next);
                return !next.isEmpty() && !complement && (!FUNCTION_WORDS.contains(next) || ARTICLES.contains(next));
            }
        }
        return false;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean allCaps(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 6 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** "Minister Resigns", "Star Quits", "Hostages Freed": two capitalised words, the second a verb's form. */
    private static boolean titleVerb(String[] words) {
        if (words.length != 2 || !Character.isUpperCase(words[0].charAt(0)) || !Character.isUpperCase(words[1].charAt(0))) {
            return false;
        }
        String second = words[1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String base = Lexicon.shared().verbBaseOf(second, second);
        // "Star Quits", and "Hostages Freed": a past participle after a plural
        boolean participle = (second.endsWith("ed") || second.endsWith("en")) && words[0].toLowerCase(Locale.ROOT).endsWith("s");
        return (second.endsWith("s") || participle) && base != null && !base.equals(second);
    }

    /** Every word of four letters or more capitalised, and no full stop at the end: a title, not a sentence. */
    private static boolean titleCase(String[] words) {
        if (words[words.length - 1].endsWith(".")) {
            return false;
        }
        int long4 = 0;
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                long4++;
                if (!Character.isUpperCase(letters.charAt(0))) {
                    return false;
                }
            }
        }
        return long4 >= 3;
    }
}
