package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numbers ("19", "1.5 million", "two", "a dozen"), the words that bound them ("at least",
 * "more than", "about") and the noun they count.
 */
final class Quantities {

    private Quantities() {}

    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1d), Map.entry("two", 2d), Map.entry("three", 3d), Map.entry("four", 4d),
            Map.entry("five", 5d), Map.entry("six", 6d), Map.entry("seven", 7d), Map.entry("eight", 8d),
            Map.entry("nine", 9d), Map.entry("ten", 10d), Map.entry("eleven", 11d), Map.entry("twelve", 12d),
            Map.entry("thirteen", 13d), Map.entry("fourteen", 14d), Map.entry("fifteen", 15d),
            Map.entry("sixteen", 16d), Map.entry("seventeen", 17d), Map.entry("eighteen", 18d),
            Map.entry("nineteen", 19d), Map.entry("twenty", 20d), Map.entry("thirty", 30d),
            Map.entry("forty", 40d), Map.entry("fifty", 50d), Map.entry("sixty", 60d), Map.entry("seventy", 70d),
            Map.entry("eighty", 80d), Map.entry("ninety", 90d), Map.entry("hundred", 100d),
            Map.entry("dozen", 12d), Map.entry("single", 1d), Map.entry("lone", 1d), Map.entry("both", 2d), Map.entry("twice", 2d));
    private static final Map<String, Double> SCALES = Map.of("hundred", 100d, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);
    /** Counts that never go down: later reports may raise them without contradicting earlier ones. */
    private static final Set<String> GROWING = LexiconFile.load("grow-only-counts").words();

    private static final Map<String, String> MULTIPLICATIVES = LexiconFile.load("multiplicatives").pairs();
    private static final String TIMES = "time";
    /** What may follow a conjunction "once" and not the adverb: the clause's subject or its verb. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("DET", "PRON", "NOUN", "PROPN", "VERB", "AUX");

    /** "once", "twice": a count of times, after a verb. */
    static boolean isMultiplicative(String lower) {
        return MULTIPLICATIVES.containsKey(lower);
    }

    /** "was shot once", "has met her twice": how many times the verb before was done (not "twice as many"). */
    private static Quantity times(List<Token> t, int i) {
        String n = MULTIPLICATIVES.get(t.get(i).lower());
        if (n == null || i == 0 || !t.get(i - 1).is("VERB") || i + 1 < t.size() && (t.get(i + 1).lower().equals("as")
                || CLAUSE_OPENERS.contains(t.get(i + 1).tag()))) {
            return null; // "twice as many"; "said once the vote ended": a conjunction opening a clause
        }
        return new Quantity(t.get(i).text() + " " + TIMES, Double.parseDouble(n), Bound.EXACT, TIMES, false);
    }

    /** "3-1", "2-0": two one-digit numbers joined by a hyphen, a match's score (not a vote of "52-48"). */
    private static boolean score(List<Token> t, int i) {
        return i + 2 < t.size() && t.get(i).is("NUM") && t.get(i + 1).text().equals("-") && t.get(i + 2).is("NUM")
                && t.get(i).text().matches("\\d") && t.get(i + 2).text().matches("\\d");
    }

    static List<Quantity> find(List<Token> t, BitSet used, String predicate) {
        return find(t, used, predicate, 0, t.size());
    }

    /** Numbers that start in [from, to). */
    static List<Quantity> find(List<Token> t, BitSet used, String predicate, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (used.get(i)) {
                continue;
            }
            Quantity times = times(t, i);
            if (times != null) {
                found.add(times);
                continue;
            }
            Vague vague = vague(t, i, predicate);
            if (vague != null) {
                found.add(vague.quantity());
                i = vague.lastOf();
                continue;
            }
            GluedMeasures.Measure glued = GluedMeasures.read(t.get(i).text());
            int ageEnd = glued == null ? gluedAge(t, i) : -1;
            Double value = glued != null ? Double.valueOf(glued.value())
                    : ageEnd >= 0 ? Double.valueOf(t.get(i).lower().replaceAll("\\D.*", "")) : number(t.get(i));
            if (value == null || (t.get(i).lower().equals("one") && !t.get(i).is("NUM"))) {
                continue;
            }
            if (score(t, i)) {
                i += 2; // "beat Hull 3-1": a score, not two counts
                continue;
            }
            int start = i;
            int end = i;
            boolean money = glued != null ? glued.money() : i > 0 && CURRENCY_SIGNS.contains(t.get(i - 1).text());
            for (Double factor; end + 1 < t.size() && (factor = scale(t.get(end + 1).lower(), money)) != null; end++) {
                value *= factor;
            }
            if (glued == null && TimeExpressions.isYear(t.get(i).lower()) && end == i) {
                continue; // a bare year is a date, not a count
            }
            Bound bound = Bound.EXACT;
            if (i >= 2) {
                bound = bound(t.get(i - 2).lower() + " " + t.get(i - 1).lower());
                if (bound != null) {
                    start = i - 2;
                }
            }
            if (bound == null || bound == Bound.EXACT) {
                Bound one = i >= 1 ? bound(t.get(i - 1).lower()) : null;
                bound = one != null ? one : Bound.EXACT;
                start = one != null ? i - 1 : i;
            }
            String counts = glued != null ? glued.unit() : ageEnd >= 0 || ageInCommas(t, i, value) ? AGE
                    : unitAfter(t, end); // "62 per cent", not "cent"
            end = Math.max(end, ageEnd);
            if (counts == null) {
                counts = countedNoun(t, end + 1);
            }
            if (counts == null) {
                counts = unit(t, start, end);
            }
            boolean grows = !AGE.equals(counts) && (GROWING.contains(Lexicon.key(predicate)) || GROWING.contains(predicate)
                    || (counts != null && GROWING.contains(counts)) || growingNear(t, end + 1));
            StringBuilder text = new StringBuilder();
            for (int k = start; k <= end; k++) {
                text.append(k > start ? " " : "").append(t.get(k).text());
            }
            if (counts != null) {
                text.append(' ').append(counts);
            }
            Double days = counts == null ? null : DAYS.get(counts);
            if (days != null) { // "two weeks" and "three days" count one thing: days
                value *= days;
                counts = DAY;
            }
            found.add(new Quantity(text.toString(), value, bound, counts == null ? "" : counts, grows));
            i = end;
        }
        return found;
    }

    private static final Map<String, Double> DAYS = LexiconFile.load("duration-units").pairs().entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Double.valueOf(e.getValue())));
    private static final String DAY = "day";

    /** What a person's age measures (lexicon/units.txt: "43 years old", "aged 43"). */
    static final String AGE = Quantity.AGE;
    private static final Pattern GLUED_AGE = Pattern.compile("(\\d{1,3})-years?-old");
    private static final int OLDEST = 120;
    private static final Set<String> SINGULAR_BE = LexiconFile.load("singular-be").words();
    private static final String MEASURE = "measure";
    private static final Map<String, String> SCALES_MEASURED = LexiconFile.load("measured-scales").pairs();

    /**
     * "a 34-year-old man", which the tokenizer cuts as "34-year", "-", "old" or "29", "-", "year",
     * "-", "old": the index of "old", or -1.
     */
    private static int gluedAge(List<Token> t, int i) {
        if (!Character.isDigit(t.get(i).text().charAt(0))) {
            return -1;
        }
        StringBuilder glued = new StringBuilder();
        for (int k = i; k < Math.min(t.size(), i + 5); k++) {
            glued.append(t.get(k).lower());
            if (GLUED_AGE.matcher(glued).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** "The driver, 43, was arrested": a whole number set off by commas after a name or a person is an age. */
    private static boolean ageInCommas(List<Token> t, int i, double value) {
        return i >= 2 && i + 1 < t.size() && t.get(i - 1).text().equals(",") && t.get(i + 1).text().equals(",")
                && (t.get(i - 2).is("PROPN") || t.get(i - 2).is("NOUN") && Lexicon.shared().isPersonKind(t.get(i - 2).lemma()))
                && value == Math.rint(value) && value <= OLDEST;
    }

    /** A vague count and the index of its last "of". */
    private record Vague(Quantity quantity, int lastOf) {}

    /**
     * "dozens of protesters", "tens of thousands of people": at least two units of the plural (times
     * the next plural's unit), counting the noun after "of"; null when the words say no such count.
     */
    private static Vague vague(List<Token> t, int i, String predicate) {
        String plural = VAGUE.get(t.get(i).lower());
        if (plural == null || i + 2 >= t.size() || !t.get(i + 1).lower().equals("of")) {
            return null;
        }
        double unit = Double.parseDouble(plural);
        int of = i + 1;
        if (of + 2 < t.size() && VAGUE.containsKey(t.get(of + 1).lower()) && t.get(of + 2).lower().equals("of")) {
            unit *= Double.parseDouble(VAGUE.get(t.get(of + 1).lower()));
            of += 2;
        }
        String counts = countedNoun(t, of + 1);
        if (counts == null) {
            return null;
        }
        boolean grows = GROWING.contains(Lexicon.key(predicate)) || GROWING.contains(predicate) || GROWING.contains(counts);
        String text = Segment.words(t.subList(i, of + 1)) + " " + counts;
        return new Vague(new Quantity(text, 2 * unit, Bound.AT_LEAST, counts, grows), of);
    }

    private static boolean growingNear(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 5); k++) {
            if (GROWING.contains(t.get(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    private static String countedNoun(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 4); k++) {
            Token w = t.get(k);
            if (w.is("NOUN") || w.is("PROPN")) {
                while (k + 1 < t.size() && t.get(k + 1).is("NOUN")) {
                    k++; // "two lacrosse players" counts players
                }
                return Lexicon.key(t.get(k).lemma());
            }
            if (!(w.is("ADJ") || w.is("ADV") || w.is("PUNCT") && w.text().equals("-"))) {
                return null;
            }
        }
        return null;
    }

    private static final java.util.Map<String, String> BOUNDS = LexiconFile.load("bounds").pairs();
    private static final java.util.Map<String, String> UNITS = LexiconFile.load("units").pairs();
    private static final java.util.Map<String, String> VAGUE = LexiconFile.load("vague-counts").pairs();
    /** Signs of money before a number ("$ 3 m"): the units written as a symbol. */
    private static final Set<String> CURRENCY_SIGNS = UNITS.keySet().stream()
            .filter(u -> u.codePoints().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static Bound bound(String words) {
        String bound = BOUNDS.get(words);
        return bound == null ? null : Bound.of(bound);
    }

    /** "bn" of "£3 bn", "million" of "2 million": the scale of the number before it, no term of its own. */
    static boolean scaleOfNumber(List<Token> t, int i) {
        return i > 0 && t.get(i - 1).text().chars().anyMatch(Character::isDigit)
                && scale(t.get(i).lower(), t.get(i - 1).text().codePoints().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL)
                    || i > 1 && CURRENCY_SIGNS.contains(t.get(i - 2).text())) != null;
    }

    /** A spelled-out scale ("million") or an abbreviated one ("bn"; "m" after money only). */
    private static Double scale(String lower, boolean money) {
        return SCALES.containsKey(lower) ? SCALES.get(lower) : GluedMeasures.scale(lower, money);
    }

    /** A unit of one or two words right after the number ("percent", "per cent"), or null. */
    private static String unitAfter(List<Token> t, int end) {
        if (end + 2 < t.size() && UNITS.containsKey(t.get(end + 1).lower() + " " + t.get(end + 2).lower())) {
            return UNITS.get(t.get(end + 1).lower() + " " + t.get(end + 2).lower());
        }
        if (end + 1 < t.size() && UNITS.containsKey(t.get(end + 1).lower())) {
            return UNITS.get(t.get(end + 1).lower());
        }
        return null;
    }

    /** What a number without a counted noun measures: a unit after or before it, or "the N of" before it. */
    private static String unit(List<Token> t, int start, int end) {
        String after = unitAfter(t, end);
        if (after != null) {
            return after;
        }
        if (start >= 1 && UNITS.containsKey(t.get(start - 1).text())) {
            return UNITS.get(t.get(start - 1).text());
        }
        if (start >= 2 && t.get(start - 1).lower().equals("of") && t.get(start - 2).is("NOUN")) {
            return Lexicon.key(t.get(start - 2).lemma()); // "a magnitude of 5.7", "a rate of 3"
        }
        return null;
    }

    /** Quantities that count nothing named beside them count what the clause is about: "the toll rose to 40". */
    static List<Quantity> counting(List<Quantity> quantities, String subjectHead, String predicate, String verbForm) {
        if (subjectHead == null) {
            return quantities;
        }
        // "the victim was 43": a whole number one person is, is an age ("the victims were 12" counts them)
        boolean age = predicate.equals("be") && SINGULAR_BE.contains(verbForm) && Lexicon.shared().isPersonKind(subjectHead);
        String scale = predicate.equals(MEASURE) ? SCALES_MEASURED.get(subjectHead) : null; // "the quake measured 6.4"
        return quantities.stream().map(q -> !q.counts().isEmpty() ? q
                : scale != null ? new Quantity(q.text(), q.value(), q.bound(), scale, false)
                : age && q.value() == Math.rint(q.value()) && q.value() <= OLDEST ? new Quantity(q.text(), q.value(), q.bound(), AGE, false)
                : new Quantity(q.text(), q.value(), q.bound(), subjectHead, q.growsOnly() || GROWING.contains(subjectHead))).toList();
    }

    static boolean isNumberWord(String lower) {
        return WORDS.containsKey(lower) || SCALES.containsKey(lower) || VAGUE.containsKey(lower);
    }

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    static Double number(Token token) {
        String w = token.lower().replace(",", "");
        if (DECIMAL.matcher(w).matches()) {
            return Double.parseDouble(w);
        }
        if (WORDS.containsKey(w) && (token.is("NUM") || w.equals("dozen") || w.equals("both") || !w.equals("one") && !w.equals("single"))) {
            return WORDS.get(w);
        }
        if (SCALES.containsKey(w) && token.is("NUM")) {
            return SCALES.get(w);
        }
        return null;
    }
}
