package io.claimwatch.intake;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds and reads the phrase that names a speaker next to a reporting verb: a name with the
 * title and organisation before it ("South Korea's defence ministry spokesperson Moon Sang-gyun"),
 * an appositive after it ("X, from the Y Institute"), or an organisation alone ("Yonhap").
 */
final class SpeakerPhrases {

    private static final int MAX_TOKENS = 14;
    private static final int MAX_NAME_TOKENS = 3;
    private static final Set<String> CALENDAR_WORDS = Stream.concat(
            Arrays.stream(Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT)),
            Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT))).collect(Collectors.toSet());

    private final Words words;

    SpeakerPhrases(Words words) {
        this.words = words;
    }

    /** Index of the first token of the phrase that ends at token {@code last}; {@code last + 1} when there is none. */
    int scanBack(List<Tok> toks, int last) {
        int k = last;
        while (k >= 0 && last - k < MAX_TOKENS && accepts(toks, k, last) && (k == last || !toks.get(k).closesPhrase())) {
            k--;
        }
        int first = k + 1;
        while (first <= last && (words.titleConnectors.contains(toks.get(first).lower()) && !toks.get(first).lower().equals("the")
                || words.clauseJoiners.contains(toks.get(first).lower()))) {
            first++; // a phrase does not start with "and" or "of", nor with the "But" that opens its sentence
        }
        return first;
    }

    /** Index after the last token of the phrase that starts at token {@code first}. */
    int scanForward(List<Tok> toks, int first) {
        int k = first;
        while (k < toks.size() && k - first < MAX_TOKENS && accepts(toks, k, Math.min(toks.size() - 1, k + 4))) {
            k++;
            if (toks.get(k - 1).closesPhrase()) {
                break;
            }
        }
        while (k > first && words.titleConnectors.contains(toks.get(k - 1).lower())) {
            k--;
        }
        return k;
    }

    /** A word may belong to a speaker phrase: a capitalised word, a title, a link word, or a word before an organisation's head. */
    private boolean accepts(List<Tok> toks, int i, int phraseEnd) {
        Tok t = toks.get(i);
        String w = t.lower();
        if (w.isEmpty() || CALENDAR_WORDS.contains(w) || words.embeddingWords.contains(w) || t.opensWithQuote() && i > 0) {
            return false;
        }
        if (t.capitalised() || words.titles.contains(w) || words.isPluralTitle(w) || words.orgHeads.contains(w)
                || words.outletWords.contains(w) || words.titleConnectors.contains(w)) {
            return true;
        }
        for (int j = i + 1; j <= phraseEnd && j < toks.size() && j <= i + 2; j++) {
            if (words.orgHeads.contains(toks.get(j).lower())) {
                return true; // "defence" in "defence ministry"
            }
        }
        return false;
    }

    /** Reads a phrase into name, title and organisation; empty when it names nobody. */
    Optional<FoundSpeaker> parse(String phrase) {
        String text = phrase.strip().replaceAll("[,.;:]+$", "");
        String appositive = null;
        int comma = text.indexOf(", ");
        if (comma > 0) {
            appositive = text.substring(comma + 2).strip();
            text = text.substring(0, comma).strip();
        }
        List<Tok> toks = Tok.of(text);
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        if (toks.size() == 1 && words.pronouns.containsKey(toks.get(0).lower())) {
            return Optional.of(new FoundSpeaker(null, null, null, null, text, false));
        }
        int nameStart = toks.size();
        while (nameStart > 0 && toks.size() - nameStart < MAX_NAME_TOKENS && isNameWord(toks.get(nameStart - 1))) {
            nameStart--;
        }
        List<Tok> nameToks = toks.subList(nameStart, toks.size());
        List<Tok> before = toks.subList(0, nameStart);
        boolean organisational = nameToks.isEmpty()
                || nameToks.stream().anyMatch(t -> words.outletWords.contains(t.lower()) || words.orgHeads.contains(t.lower()))
                || nameToks.size() == 1 && before.stream().noneMatch(t -> words.isTitle(t.word()))
                || words.isOnlyCountry(join(nameToks));
        if (organisational) {
            boolean anyTitle = toks.stream().anyMatch(t -> words.isTitle(t.word()))
                    || toks.size() <= 2 && toks.stream().anyMatch(t -> words.isPluralTitle(t.word())); // "Officials", "US officials"
            boolean anyHead = toks.stream().anyMatch(t -> words.orgHeads.contains(t.lower()) || words.outletWords.contains(t.lower()));
            boolean capitalised = toks.stream().anyMatch(Tok::capitalised);
            if (anyTitle && !anyHead) {
                return Optional.of(new FoundSpeaker(null, text, null, country(text), text, false)); // "the spokesperson"
            }
            if (!capitalised && !anyHead) {
                return Optional.empty();
            }
            int titleAt = toks.size();
            while (titleAt > 0 && words.isTitle(toks.get(titleAt - 1).word()) && !words.outletWords.contains(toks.get(titleAt - 1).lower())
                    && !words.orgHeads.contains(toks.get(titleAt - 1).lower())) { // "Associated Press" has no title
                titleAt--;
            }
            // the words before the title must name a body by a word that is no title ("the Press Secretary" has none)
            boolean bodyBefore = toks.subList(0, titleAt).stream().map(Tok::lower).anyMatch(w -> words.orgHeads.contains(w)
                    || words.outletWords.contains(w) && !words.titles.contains(w));
            if (bodyBefore && titleAt < toks.size() && titleAt > 0) {
                // "a forestry department spokeswoman": the body's title-holder, not a body called that
                String org = stripArticle(join(toks.subList(0, titleAt))).replaceFirst("(?i)^an? ", "");
                String title = join(toks.subList(titleAt, toks.size()));
                return Optional.of(new FoundSpeaker(null, title, org, country(org), text, false));
            }
            String org = stripArticle(text);
            return Optional.of(new FoundSpeaker(null, null, org, country(org), text, false));
        }
        String name = join(nameToks);
        String org = null;
        String title = null;
        int head = -1;
        for (int i = 0; i < before.size(); i++) {
            if (words.orgHeads.contains(before.get(i).lower())) {
                head = i;
            }
        }
        int split = head >= 0 ? head + 1 : firstTitle(before);
        if (head < 0 && before.subList(0, split < 0 ? before.size() : split).stream().noneMatch(Tok::capitalised)) {
            split = 0; // "transport minister", "engineer": a title with no organisation named
        }
        if (split >= 0) {
            org = emptyToNull(stripArticle(join(before.subList(0, split))));
            title = emptyToNull(join(before.subList(split, before.size())));
        } else if (!before.isEmpty()) {
            org = emptyToNull(stripArticle(join(before)));
        }
        String as = phrase.strip().replaceAll("[,.;:]+$", "");
        FoundSpeaker found = new FoundSpeaker(name, title, possessiveCut(org), country(org == null ? "" : org), as, false);
        return Optional.of(appositive == null ? found : withAppositive(found, appositive));
    }

    /** ", from the Lowy Institute" names the organisation; ", deputy minister" the title. */
    FoundSpeaker withAppositive(FoundSpeaker found, String appositive) {
        String a = appositive.strip().replaceAll("[,.;:]+$", "");
        String lower = a.toLowerCase(Locale.ROOT);
        for (String lead : List.of("from ", "of ", "at ", "with ")) {
            if (lower.startsWith(lead)) {
                String org = stripArticle(a.substring(lead.length()));
                return found.withOrganisation(org, country(org), false);
            }
        }
        List<Tok> toks = Tok.of(stripArticle(a).replaceFirst("(?i)^an? ", ""));
        if (toks.stream().anyMatch(t -> words.isTitle(t.word()))) {
            int at = lower.indexOf(" at ") > 0 ? lower.indexOf(" at ") : lower.indexOf(" of the ");
            if (at > 0 && found.organisation() == null) {
                String org = stripArticle(a.substring(at + 4).replaceFirst("(?i)^the ", ""));
                return found.withTitle(a.substring(0, at)).withOrganisation(org, country(org), false);
            }
            return found.title() == null ? found.withTitle(stripArticle(a).replaceFirst("(?i)^an? ", "")) : found;
        }
        return found;
    }

    private boolean isNameWord(Tok t) {
        return t.capitalised() && !words.isTitle(t.word()) && !words.titleConnectors.contains(t.lower())
                && !t.word().matches(".*['\u2019]s$") && !CALENDAR_WORDS.contains(t.lower());
    }

    private int firstTitle(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (words.isTitle(toks.get(i).word())) {
                return i;
            }
        }
        return -1;
    }

    private String country(String phrase) {
        return phrase == null ? null : words.country(phrase).orElse(null);
    }

    static String stripArticle(String s) {
        return s.strip().replaceFirst("(?i)^the ", "");
    }

    private static String possessiveCut(String s) {
        return s == null ? null : s.replaceFirst("['\u2019]s$", "");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The words as written (an apostrophe of "Workers'" kept), without punctuation after the last. */
    private static String join(List<Tok> toks) {
        return toks.stream().map(t -> t.text().replaceAll("^[\"\u201C(\\[]+", "").replaceAll("[\"\u201D,.;:)\\]]+$", ""))
                .collect(Collectors.joining(" "));
    }
}
