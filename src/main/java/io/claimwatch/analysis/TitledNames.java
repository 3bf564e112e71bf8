package io.claimwatch.analysis;

import java.util.Optional;
import java.util.List;
import java.util.Set;

/**
 * A title before a name ("Jewish Agency chairman Zeev Bielsky said", "Microsoft chief executive
 * Satya Nadella") says the name holds that role at the organisation named first: read as a claim
 * of its own, "Satya Nadella is the Microsoft chief executive", which the roles of
 * lexicon/role-relations.txt turn into "works for Microsoft" when two statements are compared.
 * The main sentence keeps its words.
 */
final class TitledNames {

    private TitledNames() {}

    private static final Set<String> ROLES = LexiconFile.load("role-relations").heads();
    /** Words that qualify a role ("deputy", "former"): part of the title, read as it is. */
    private static final Set<String> MODIFIERS = LexiconFile.load("role-modifiers").words();
    /** A name of at least two words ("Satya Nadella"): one capitalised word may be any noun. */
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 4;
    private static final Set<String> DETERMINERS = LexiconFile.load("determiner-words").words();

    /** "Satya Nadella is the Microsoft chief executive." for the first titled name, or empty. */
    static Optional<String> description(List<Token> t) {
        for (int i = 1; i < t.size(); i++) {
            if (!ROLES.contains(t.get(i).lower())) {
                continue;
            }
            int end = i + 1;
            while (end < t.size() && ROLES.contains(t.get(end).lower())) {
                end++; // "chief executive"
            }
            int start = i;
            while (start > 0 && MODIFIERS.contains(t.get(start - 1).lower())) {
                start--; // "deputy chairman", "former chairman"
            }
            int nameEnd = end;
            // capitals, not tags: the tagger reads "Harbour Trust chairman Tom Hale" as a pronoun and two verbs
            while (nameEnd < t.size() && nameEnd - end < MAX_NAME && capitalised(t.get(nameEnd))) {
                nameEnd++;
            }
            int orgStart = start;
            while (orgStart > 0 && capitalised(t.get(orgStart - 1)) && !MODIFIERS.contains(t.get(orgStart - 1).lower())
                    && !DETERMINERS.contains(t.get(orgStart - 1).lower())) {
                orgStart--;
            }
            boolean qualified = orgStart > 0 && MODIFIERS.contains(t.get(orgStart - 1).lower()); // "Former Acme chairman"
            if (nameEnd - end < MIN_NAME || orgStart == start || qualified) {
                i = end - 1;
                continue;
            }
            String modifiers = start < i ? Segment.words(t.subList(start, i)).toLowerCase(java.util.Locale.ROOT) + " " : "";
            String role = Segment.words(t.subList(i, end)).toLowerCase(java.util.Locale.ROOT);
            // "the Jewish Agency chairman", "the Mexican president": the organisation or a country's adjective as said
            return Optional.of(Segment.words(t.subList(end, nameEnd)) + " is the " + Segment.words(t.subList(orgStart, start))
                    + " " + modifiers + role + ".");
        }
        return Optional.empty();
    }

    private static boolean capitalised(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0)) && token.text().chars().allMatch(
                c -> Character.isLetter(c) || c == '.' || c == '-' || c == '\'');
    }
}
