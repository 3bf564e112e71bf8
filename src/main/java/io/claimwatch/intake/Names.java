package io.claimwatch.intake;

import io.claimwatch.analysis.LexiconFile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure helpers to match what an article names against a catalog: name variants, word runs, slugs, kinds. */
public final class Names {

    private static final int MAX_VARIANTS = 12;

    private Names() {
    }

    /**
     * The phrase and its forms with a country named another way ("South Korea's defence ministry" ->
     * "South Korean defence ministry", "ROK defence ministry"), from lexicon/intake-countries.txt.
     */
    public static List<String> variants(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        String p = phrase.replace('\u2019', '\'');
        for (List<String> row : LexiconFile.load("intake-countries").rows()) {
            List<String> forms = row.subList(0, row.size() - 1);
            for (String form : forms) {
                Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(form) + "('s)?(?![\\p{L}])").matcher(p);
                if (m.find()) {
                    for (String other : forms) {
                        if (out.size() < MAX_VARIANTS) {
                            out.add(p.substring(0, m.start()) + other + p.substring(m.end()));
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every run of consecutive words of {@code key} (already normalised), longest first. */
    public static List<String> wordRuns(String key) {
        String[] w = key.split(" ");
        List<String> runs = new ArrayList<>();
        for (int len = w.length; len >= 1; len--) {
            for (int i = 0; i + len <= w.length; i++) {
                runs.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + len)));
            }
        }
        return runs;
    }

    /** A catalog id for a new entry: "Cho June-hyuck" -> "cho-june-hyuck". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "unnamed" : s;
    }

    /** The kind of a proposed source, from its name's head words (lexicon/intake-source-kinds.txt). */
    public static String kind(String name, boolean person, boolean outlet) {
        if (person) {
            return "person";
        }
        String lower = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ") + " ";
        for (List<String> row : Words.SHARED.sourceKinds) {
            if (lower.contains(" " + row.get(0) + " ")) {
                return row.get(1);
            }
        }
        if (Words.SHARED.isOnlyCountry(name)) {
            return "government";
        }
        return outlet ? "online_outlet" : "other";
    }

    /** The ISO country code a name mentions, or null. */
    public static String country(String name) {
        return Words.SHARED.country(name).orElse(null);
    }
}
