package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

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

    private static final Set<String> PARTIAL = LexiconFile.load("partial-quantifiers").words();
    private static final Set<String> UNIVERSAL = LexiconFile.load("universal-quantifiers").words();
    private static final Set<String> FREE_CHOICE = LexiconFile.load("free-choice-words").words();

    static Result scan(List<Token> t, BitSet excluded) {
        List<Cue> cues = new ArrayList<>();
        String quantifier = null;
        boolean universalNegated = false;
        String weakener = null;
        for (int i = 0; i < t.size(); i++) {
            if (excluded.get(i)) {
                continue;
            }
            String w = t.get(i).lower();
            String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
            String prev = i > 0 ? t.get(i - 1).lower() : "";
            if (prev.equals("after") && w.equals("all")) {
                continue; // "after all" is no quantifier
            }
            if (w.equals("no") && next.equals(",")) {
                continue; // "No, nobody was hurt": an answer, not a second negation
            }
            if (quantifier == null && isUniversal(w)) {
                quantifier = "all";
                if (prev.equals("not")) {
                    universalNegated = true;
                }
            } else if (quantifier == null && PARTIAL.contains(w)
                    && (i == 0 || t.get(i - 1).is("ADP") || prev.equals("not")) && !t.get(i).is("ADV")) {
                quantifier = w.equals("most") ? "most" : "some";
            }
            switch (w) {
                case "not", "n't" -> {
                    if (NOT_NEGATING_AFTER_NOT.contains(next) && !next.equals("to")) {
                        continue;
                    }
                    boolean afterVerb = i > 0 && (t.get(i - 1).is("VERB") || t.get(i - 1).is("ADP"));
                    if (next.equals("one") && afterVerb) {
                        // "found not one mistake": "none" or "not just one", so neither yes nor no
                        weakener = weakener == null ? w + " " + next : weakener;
                        continue;
                    }
                    if (next.equals("one") && i + 2 < t.size() && (t.get(i + 2).is("NOUN") || t.get(i + 2).is("PUNCT"))) {
                        cues.add(new Cue(i, "not one")); // "not one person" is "no person"
                        quantifier = quantifier == null || quantifier.equals("some") ? "none" : quantifier;
                        continue;
                    }
                    boolean partitive = next.equals("one") && i + 2 < t.size() && t.get(i + 2).lower().equals("of");
                    boolean existential = i > 1 && t.get(i - 1).lemma().equals("be") && t.get(i - 2).lower().equals("there");
                    if (!partitive && !existential
                            && (DEGREE.contains(next) || Quantities.isNumberWord(next) || next.matches("\\d+([.,]\\d+)?"))) {
                        // "not quite right", "not two years ago": the negation is on the degree or number
                        weakener = weakener == null ? w + " " + next : weakener;
                        continue;
                    }
                    if (next.equals("for") || next.equals("that") || next.equals("because")
                            || (prev.equals("but") || prev.equals(",")) && !verbAfter(t, i)) {
                        continue; // "not for the first time", "not that you need them", "but not me"
                    }
                    if (next.equals("to") && i + 2 < t.size() && t.get(i + 2).lower().equals("mention")) {
                        continue;
                    }
                    if (prev.equals("if") || prev.equals("or") && i > 1 && t.get(i - 2).lower().equals("whether")) {
                        continue;
                    }
                    boolean yet = next.equals("yet");
                    cues.add(new Cue(i, yet ? "not yet" : isUniversal(next) ? "not " + next : "not"));
                }
                case "never", "hardly", "scarcely" -> cues.add(new Cue(i, w));
                case "no" -> {
                    if (NOT_NEGATING_AFTER_NO.contains(next) && !(next.equals("less") || next.equals("more") || next.equals("fewer"))
                            || next.equals("doubt")) {
                        continue;
                    }
                    if (next.equals("longer")) {
                        cues.add(new Cue(i, "no longer"));
                    } else if (Set.of("less", "more", "fewer").contains(next)) {
                        continue; // "no more than 20" is a bound on a number, not a denial
                    } else {
                        cues.add(new Cue(i, next.equals("one") ? "no one" : "no"));
                        if (quantifier == null) {
                            quantifier = "none";
                        }
                    }
                }
                case "nobody", "noone", "none", "nothing", "nowhere", "neither", "nor" -> {
                    if ((w.equals("nothing") && next.equals("but")) || (w.equals("none") && next.equals("other"))) {
                        continue;
                    }
                    if (w.equals("nor") && cues.stream().anyMatch(c -> c.words().equals("neither"))) {
                        continue; // "neither ... nor" is one denial
                    }
                    cues.add(new Cue(i, w));
                    if (quantifier == null && !w.equals("nor") && !w.equals("neither")) {
                        quantifier = "none";
                    }
                }
                case "yet" -> {
                    // "has yet to begin" denies that it has begun so far
                    if (next.equals("to") && (prev.equals("have") || prev.equals("has") || prev.equals("had") || t.get(Math.max(0, i - 1)).lemma().equals("have"))) {
                        cues.add(new Cue(i, "yet to"));
                    }
                }
                default -> { }
            }
        }
        if (exceptive(t) && !cues.isEmpty()) {
            cues.remove(cues.size() - 1); // "did not take anything other than X" says "took only X"
        }
        if (universalNegated) {
            quantifier = "all";
        }
        return new Result(cues, quantifier, weakener);
    }

    /** Degree words a "not" can modify without negating the clause. */
    private static final Set<String> DEGREE = LexiconFile.load("degree-words").words();

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
