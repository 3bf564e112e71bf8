package io.claimwatch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers the tokenizer leaves glued to their unit: a currency sign before ("£2", "$3.5"), a
 * measure's name before ("magnitude-6.1", "category-4") or a unit after ("62%", "41C", "12km").
 */
final class GluedMeasures {

    private GluedMeasures() {}

    /** A number and what it measures. {@code money}: an amount of money, which "m" may scale. */
    record Measure(double value, String unit, boolean money) {}

    private static final Pattern CURRENCY_FIRST = Pattern.compile("(\\p{Sc}|us\\$)(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final Pattern CURRENCY_SCALED = Pattern.compile("(\\p{Sc}|us\\$)(\\d[\\d,]*(?:\\.\\d+)?)([a-z]+)");
    private static final Pattern NAME_FIRST = Pattern.compile("([a-z]{3,})-(\\d+(?:\\.\\d+)?)");
    private static final Pattern UNIT_AFTER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)([a-z%]+(?:/[a-z]+)?)");
    private static final Map<String, String> SUFFIXES = LexiconFile.load("unit-suffixes").pairs();
    private static final Map<String, String> CURRENCIES = LexiconFile.load("units").pairs();
    private static final Map<String, List<String>> SCALES = LexiconFile.load("scale-abbreviations").rows().stream()
            .collect(Collectors.toUnmodifiableMap(row -> row.get(0), row -> row));

    /** The measure a token holds, or null when it is not one of the glued forms. */
    static Measure read(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return null; // most words: no pattern to try
        }
        String w = text.toLowerCase(Locale.ROOT);
        Matcher m = CURRENCY_FIRST.matcher(w);
        if (m.matches() && CURRENCIES.containsKey(m.group(1).toUpperCase(Locale.ROOT))) {
            return new Measure(number(m.group(2)), CURRENCIES.get(m.group(1).toUpperCase(Locale.ROOT)), true);
        }
        m = CURRENCY_SCALED.matcher(w);
        if (m.matches() && CURRENCIES.containsKey(m.group(1).toUpperCase(Locale.ROOT)) && scale(m.group(3), true) != null) {
            // "£1bn" as one token: the tokenizer split "£3bn" as "£3" "bn" but not this
            return new Measure(number(m.group(2)) * scale(m.group(3), true), CURRENCIES.get(m.group(1).toUpperCase(Locale.ROOT)), true);
        }
        m = NAME_FIRST.matcher(w);
        if (m.matches()) {
            return new Measure(number(m.group(2)), Lexicon.key(m.group(1)), false);
        }
        m = UNIT_AFTER.matcher(w);
        if (m.matches() && SUFFIXES.containsKey(m.group(2))) {
            return new Measure(number(m.group(1)), SUFFIXES.get(m.group(2)), false);
        }
        return null;
    }

    /** The factor an abbreviated scale after a number stands for ("bn"), or null; "m" scales money only. */
    static Double scale(String lower, boolean money) {
        List<String> row = SCALES.get(lower);
        return row == null || row.size() > 2 && !money ? null : Double.valueOf(row.get(1));
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }
}
