package io.claimwatch.intake;

import io.claimwatch.analysis.LexiconFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The intake word lists of src/main/resources/lexicon/intake-*.txt, read once. */
final class Words {

    static final Words SHARED = new Words();

    final Map<String, Boolean> reportingVerbs = new LinkedHashMap<>(); // form -> continues the last remark
    final Set<String> presentReportingVerbs = new java.util.HashSet<>(); // "says", "say": as of publication
    final Set<String> speechActVerbs = lower("intake-speech-act-verbs");
    final Set<String> denialVerbs = lower("intake-denial-verbs");
    /** "But", "And", "While": words that open a sentence's clause and are no part of a speaker's name */
    final Set<String> clauseJoiners = LexiconFile.load("clause-joiners").words();
    final Set<String> relativeWords = lower("intake-relative-words");
    final Set<String> voiceTitles = lower("intake-voice-titles");
    final Set<String> titles = lower("intake-titles");
    final Set<String> titleConnectors = lower("intake-title-connectors");
    final Set<String> orgHeads = lower("intake-org-heads");
    final Set<String> outletWords = lower("intake-outlet-words");
    final Set<String> bioCues = lower("intake-bio-cues");
    final List<String> captionCues = phrases("intake-caption-cues");
    final List<String> correctionCues = phrases("intake-correction-cues");
    final List<String> bylineCues = phrases("intake-byline-cues");
    final Set<String> abbreviations = lower("intake-abbreviations");
    final Set<String> embeddingWords = lower("intake-embedding-words");
    final Set<String> auxiliaries = lower("intake-auxiliaries");
    final Set<String> dateWords = lower("intake-date-words");
    final Set<String> framePrepositions = lower("intake-frame-prepositions");
    final List<String> outletCues = new ArrayList<>();
    final Set<String> audienceCues = new java.util.HashSet<>();
    final Map<String, String> pronouns = LexiconFile.load("intake-pronouns").pairs();
    final Map<String, String> relativeDates = LexiconFile.load("intake-relative-dates").pairs();
    final Map<String, Integer> numbers = new LinkedHashMap<>();
    final List<List<String>> sourceKinds = LexiconFile.load("intake-source-kinds").rows();
    private final Map<String, String> countries = new LinkedHashMap<>(); // lower-case name or adjective -> code

    private Words() {
        for (List<String> row : LexiconFile.load("intake-reporting-verbs").rows()) {
            reportingVerbs.put(row.get(0).toLowerCase(Locale.ROOT), row.contains("continues"));
            if (row.contains("present")) {
                presentReportingVerbs.add(row.get(0).toLowerCase(Locale.ROOT));
            }
        }
        for (List<String> row : LexiconFile.load("intake-outlet-cues").rows()) {
            outletCues.add(row.get(0).toLowerCase(Locale.ROOT));
            if (row.size() > 1 && row.get(1).equals("audience")) {
                audienceCues.add(row.get(0).toLowerCase(Locale.ROOT));
            }
        }
        LexiconFile.load("intake-numbers").pairs().forEach((w, n) -> numbers.put(w, Integer.parseInt(n)));
        for (List<String> row : LexiconFile.load("intake-countries").rows()) {
            String code = row.get(row.size() - 1);
            row.subList(0, row.size() - 1).forEach(name -> countries.put(name.toLowerCase(Locale.ROOT), code));
        }
    }

    /** The country a phrase names or qualifies ("South Korea's defence ministry" -> KR), longest name first. */
    Optional<String> country(String phrase) {
        String p = " " + phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "") + " ";
        for (Map.Entry<java.util.regex.Pattern, String> c : countryPatterns().entrySet()) {
            if (c.getKey().matcher(p).find()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    private Map<java.util.regex.Pattern, String> countryPatterns;

    /** Country names as patterns, longest first so "South Korea" wins over "Korea". */
    private synchronized Map<java.util.regex.Pattern, String> countryPatterns() {
        if (countryPatterns == null) {
            Map<java.util.regex.Pattern, String> patterns = new LinkedHashMap<>();
            countries.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(name ->
                    patterns.put(java.util.regex.Pattern.compile("[^\\p{L}.]" + java.util.regex.Pattern.quote(name) + "[^\\p{L}]"),
                            countries.get(name)));
            countryPatterns = patterns;
        }
        return countryPatterns;
    }

    /** True when the phrase is nothing but a country's name or adjective ("South Korean", "China's"). */
    boolean isOnlyCountry(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s$", "").strip();
        return countries.containsKey(p);
    }

    boolean isTitle(String word) {
        return titles.contains(clean(word));
    }

    /** A title word in the plural ("officials", "analysts"): people left unnamed. */
    boolean isPluralTitle(String word) {
        String w = clean(word);
        return w.endsWith("s") && titles.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && titles.contains(w.substring(0, w.length() - 2)); // "witnesses"
    }

    static String clean(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "")
                .replaceAll("'s$", "");
        // a full stop ends a sentence, unless the word has stops inside ("u.s.")
        return w.endsWith(".") && w.indexOf('.') == w.length() - 1 ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> lower(String name) {
        return LexiconFile.load(name).words().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> phrases(String name) {
        return LexiconFile.load(name).rows().stream().map(r -> r.get(0).toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
