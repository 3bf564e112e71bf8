package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the negation cues that scope over a clause and the quantifier on its subject. Fixed
 * phrases that contain a negator without negating ("not only", "no doubt", "nothing but") are
 * skipped; an even number of cues cancels out ("not unlike" aside, which is lexical).
 */
final class Negation {

    private Negation() {}

    record Result(List<Cue> cues, String quantifier, String weakener) {

        /** Polarity and cue words of the cues at token positions in [from, to) plus those before {@code shared}. */
        Polarity polarity(int shared, int from, int to) {
            return words(shared, from, to).size() % 2 == 1 ? Polarity.NEGATIVE : Polarity.POSITIVE;
        }

        String cue(int shared, int from, int to) {
            List<String> w = words(shared, from, to);
            return w.isEmpty() ? null : String.join(" ... ", w);
        }

        private List<String> words(int shared, int from, int to) {
            List<String> out = new ArrayList<>();
            for (Cue c : cues) {
                if (c.index() < shared || c.index() >= from && c.index() < to) {
                    out.add(c.words());
                }
            }
            return out;
        }
    }

    /** A negation cue at a token position. */
    record Cue(int index, String words) {}

    private static final Set<String> NOT_NEGATING_AFTER_NOT = LexiconFile.load("not-negating-after-not").words();
    private static final Set<String> NOT_NEGATING_AFTER_NO = LexiconFile.load("not-negating-after-no").words();

    /** "no more than 20", "no fewer than": a bound on a number after "no", not a denial. */
    private static final Set<String> BOUND_COMPARATIVES = LexiconFile.load("bound-comparatives").words();
    private static final Set<String> PARTIAL = LexiconFile.load("partial-quantifiers").words();
    private static final Set<String> UNIVERSAL = LexiconFile.load("universal-quantifiers").words();
    private static final Set<String> FREE_CHOICE = LexiconFile.load("free-choice-words").words();

    /**
     * Two stages: the cues (each negation word read in its context) and then the quantifier on the
     * subject, which the cues that mean "none of them" ("no one", "not one person") set.
     */
    static Result scan(List<Token> t, BitSet excluded) {
        Scan cues = cues(t, excluded);
        return new Result(cues.found(), quantifier(t, excluded, cues.read()), cues.weakener());
    }

    /** A negation word as read: its place, its words, and whether it says "none" of the subject. */
    private record Found(int index, String words, boolean none) {}

    /** The cues of a clause and the first weakening "not" ("not quite"). */
    private record Scan(List<Cue> found, List<Found> read, String weakener) {}

    private static Scan cues(List<Token> t, BitSet excluded) {
        List<Found> read = new ArrayList<>();
        String weakener = null;
        for (int i = 0; i < t.size(); i++) {
            if (excluded.get(i) || skipped(t, i)) {
                continue;
            }
            String w = t.get(i).lower();
            String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
            switch (w) {
                case "not", "n't" -> {
                    Reading reading = readNot(t, i);
                    switch (reading.kind()) {
                        case CUE -> read.add(new Found(i, reading.words(), false));
                        case NONE -> read.add(new Found(i, reading.words(), true));
                        case WEAKENER -> weakener = weakener == null ? reading.words() : weakener;
                        case SKIP -> { }
                    }
                }
                case "never", "hardly", "scarcely" -> read.add(new Found(i, w, false));
                case "no" -> {
                    if (NOT_NEGATING_AFTER_NO.contains(next) || next.equals("doubt") || BOUND_COMPARATIVES.contains(next)) {
                        continue; // "no doubt"; "no more than 20" is a bound on a number, not a denial
                    }
                    if (next.equals("longer")) {
                        read.add(new Found(i, "no longer", false));
                    } else {
                        read.add(new Found(i, next.equals("one") ? "no one" : "no", true));
                    }
                }
                case "nobody", "noone", "none", "nothing", "nowhere", "neither", "nor" -> {
                    if ((w.equals("nothing") && next.equals("but")) || (w.equals("none") && next.equals("other"))) {
                        continue;
                    }
                    if (w.equals("nor") && read.stream().anyMatch(c -> c.words().equals("neither"))) {
                        continue; // "neither ... nor" is one denial
                    }
                    read.add(new Found(i, w, !w.equals("nor") && !w.equals("neither")));
                }
                case "yet" -> {
                    // "has yet to begin" denies that it has begun so far
                    String prev = i > 0 ? t.get(i - 1).lower() : "";
                    if (next.equals("to") && (prev.equals("have") || prev.equals("has") || prev.equals("had") || t.get(Math.max(0, i - 1)).lemma().equals("have"))) {
                        read.add(new Found(i, "yet to", false));
                    }
                }
                default -> {
                    if (nearMiss(t, i)) {
                        read.add(new Found(i, w, false)); // "the candidate almost won": did not win
                    }
                }
            }
        }
        List<Cue> found = new ArrayList<>();
        for (Found f : read) {
            found.add(new Cue(f.index(), f.words()));
        }
        if (exceptive(t) && !found.isEmpty()) {
            found.remove(found.size() - 1); // "did not take anything other than X" says "took only X"
        }
        return new Scan(found, read, weakener);
    }

    /**
     * "almost won", "has nearly collapsed": an adverb of a near miss right before a verb in the past or perfect says
     * the act did not happen ("nearly 200 people", "almost always" are no such thing).
     */
    static boolean nearMiss(List<Token> t, int i) {
        Token w = t.get(i);
        if (!w.is("ADV") || !NEAR_MISS.contains(w.lower()) || i + 1 >= t.size()) {
            return false;
        }
        Token verb = t.get(i + 1);
        // "has almost doubled", "nearly reached 40": a count that rose short of a figure still rose
        return verb.is("VERB") && !verb.lower().equals(verb.lemma()) && !verb.lower().endsWith("ing")
                && !COUNT_VERBS.contains(Lexicon.key(verb.lemma()));
    }

    private static final Set<String> COUNT_VERBS = LexiconFile.load("count-verbs").words();

    static final Set<String> NEAR_MISS = LexiconFile.load("near-miss-adverbs").words();

    /** "after all" is no quantifier; "No, nobody was hurt" is an answer, not a second negation. */
    private static boolean skipped(List<Token> t, int i) {
        String w = t.get(i).lower();
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        return prev.equals("after") && w.equals("all") || w.equals("no") && next.equals(",");
    }

    /**
     * The quantifier on the subject: the first universal or partial word, unless a "none" cue comes
     * first (or after "some"); "not all" stays "all" whatever follows.
     */
    private static String quantifier(List<Token> t, BitSet excluded, List<Found> read) {
        String quantifier = null;
        boolean universalNegated = false;
        int next = 0;
        for (int i = 0; i < t.size(); i++) {
            if (excluded.get(i) || skipped(t, i)) {
                continue;
            }
            String w = t.get(i).lower();
            String prev = i > 0 ? t.get(i - 1).lower() : "";
            if (quantifier == null && isUniversal(w)) {
                quantifier = "all";
                universalNegated |= prev.equals("not");
            } else if (quantifier == null && PARTIAL.contains(w)
                    && (i == 0 || t.get(i - 1).is("ADP") || prev.equals("not")) && !t.get(i).is("ADV")) {
                quantifier = w.equals("most") ? "most" : "some";
            }
            while (next < read.size() && read.get(next).index() < i) {
                next++;
            }
            if (next < read.size() && read.get(next).index() == i && read.get(next).none()) {
                // "not one person" outranks "some"; "no", "nobody" only fill an empty slot
                boolean outranksSome = read.get(next).words().equals("not one") && "some".equals(quantifier);
                quantifier = quantifier == null || outranksSome ? "none" : quantifier;
            }
        }
        return universalNegated ? "all" : quantifier;
    }

    /** What one negation word does: negate the clause, say "none" of the subject, only weaken, or nothing. */
    enum Effect { CUE, NONE, WEAKENER, SKIP }

    /** The reading of one negation word: its effect and the cue words to report. */
    record Reading(Effect kind, String words) {

        static final Reading SKIPPED = new Reading(Effect.SKIP, null);
    }

    /** How the "not" at {@code i} reads in its context. */
    static Reading readNot(List<Token> t, int i) {
        String w = t.get(i).lower();
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        if (NOT_NEGATING_AFTER_NOT.contains(next) && !next.equals("to")) {
            return Reading.SKIPPED;
        }
        boolean afterVerb = i > 0 && (t.get(i - 1).is("VERB") || t.get(i - 1).is("ADP"));
        if (next.equals("one") && afterVerb) {
            // "found not one mistake": "none" or "not just one", so neither yes nor no
            return new Reading(Effect.WEAKENER, w + " " + next);
        }
        if (next.equals("one") && i + 2 < t.size() && (t.get(i + 2).is("NOUN") || t.get(i + 2).is("PUNCT"))) {
            return new Reading(Effect.NONE, "not one"); // "not one person" is "no person"
        }
        boolean partitive = next.equals("one") && i + 2 < t.size() && t.get(i + 2).lower().equals("of");
        boolean existential = i > 1 && t.get(i - 1).lemma().equals("be") && t.get(i - 2).lower().equals("there");
        if (!partitive && !existential
                && (DEGREE.contains(next) || Quantities.isNumberWord(next) || NUMBER.matcher(next).matches())) {
            // "not quite right", "not two years ago": the negation is on the degree or number
            return new Reading(Effect.WEAKENER, w + " " + next);
        }
        if (next.equals("for") || next.equals("that") || next.equals("because")
                || (prev.equals("but") || prev.equals(",")) && !verbAfter(t, i)) {
            return Reading.SKIPPED; // "not for the first time", "not that you need them", "but not me"
        }
        if (next.equals("to") && i + 2 < t.size() && t.get(i + 2).lower().equals("mention")) {
            return Reading.SKIPPED;
        }
        if (prev.equals("if") || prev.equals("or") && i > 1 && t.get(i - 2).lower().equals("whether")) {
            return Reading.SKIPPED;
        }
        return new Reading(Effect.CUE, next.equals("yet") ? "not yet" : isUniversal(next) ? "not " + next : "not");
    }

    /** Degree words a "not" can modify without negating the clause. */
    private static final Set<String> DEGREE = LexiconFile.load("degree-words").words();
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

    private static boolean verbAfter(List<Token> t, int i) {
        for (int k = i + 1; k < t.size(); k++) {
            if (t.get(k).is("VERB") || t.get(k).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    private static boolean exceptive(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            String w = t.get(i).lower();
            String next = t.get(i + 1).lower();
            if (FREE_CHOICE.contains(w) || w.equals("other") && i > 0
                    && t.get(i - 1).lower().startsWith("any")) {
                if (next.equals("but") || next.equals("except") || next.equals("besides")
                        || next.equals("other") && t.get(i + 2).lower().equals("than")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isUniversal(String w) {
        return UNIVERSAL.contains(w);
    }
}
