package io.claimwatch.analysis;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The verb group of a clause: its head word, where it starts, tense and aspect, and modal words
 * before it. "failed to win" takes "win" as head and reports the negation; "plan to visit" takes
 * "visit" and reports the plan; copular clauses take the adjective ("is closed") as head.
 */
record Predicate(Token head, int start, String text, Aspect aspect, String hedgeCue, String plannedCue,
                 boolean negatedByVerb, String cue, int absorbed) {

    /** Passive verbs of opinion that leave the copula as the claim: "is considered a risk". */
    private static final Set<String> RAISING = LexiconFile.load("raising-verbs").words();
    private static final Set<String> PAST_AUX = LexiconFile.load("past-auxiliaries").words();
    private static final Set<String> PERFECT_AUX = LexiconFile.load("perfect-auxiliaries").words();

    String lemma() {
        return head.lemma();
    }

    static Predicate find(List<Token> t, BitSet excluded) {
        int verb = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!excluded.get(i) && t.get(i).is("VERB")) {
                verb = i;
                break;
            }
        }
        int absorbed = -1;
        String opinion = null;
        int copula = firstCopula(t, excluded);
        if (copula >= 0 && (verb < 0 || copula < verb) && !verbGroup(t, copula, verb)) {
            int adjective = nominalPredicate(t, copula);
            verb = adjective >= 0 ? adjective : copula; // "is closed", "is a minor party that was formed ..."
        } else if (verb >= 0 && RAISING.contains(t.get(verb).lemma()) && copula >= 0 && copula < verb
                && verb + 1 < t.size() && !t.get(verb + 1).lower().equals("that")) {
            absorbed = verb;
            if (byAgent(t, verb)) {
                opinion = t.get(verb).text() + " by"; // "was considered a terrorist by the government": their view
            }
            verb = copula; // "was not considered a member" reads as "was not a member"
        }
        if (verb < 0) {
            if (copula < 0) {
                return null;
            }
            verb = copula;
        }
        Token head = t.get(verb);
        boolean negated = false;
        String cue = null;
        String planned = null;
        int after = complementVerb(t, verb);
        boolean yetTo = false;
        if (verb + 3 < t.size() && t.get(verb).lemma().equals("have") && t.get(verb + 1).lower().equals("yet")
                && t.get(verb + 2).lower().equals("to") && t.get(verb + 3).is("VERB")) {
            head = t.get(verb + 3); // "has yet to reopen": the negation comes from the cue "yet to"
            yetTo = true;
        } else if (planNoun(t, verb) > 0) {
            // "has no plans to close", "has no intention of closing": a (denied) plan to close
            int planned0 = planNoun(t, verb);
            planned = Segment.words(t.subList(verb + 1, planned0 + 2));
            absorbed = planned0;
            head = t.get(planned0 + 2);
        } else if (after < 0 && gerund(t, verb) > 0) {
            // "denied signing the treaty" says the signing did not happen
            negated = true;
            cue = head.text();
            absorbed = absorbed < 0 ? verb : absorbed;
            head = t.get(gerund(t, verb));
        } else if (after > 0) {
            String lemma = head.lemma();
            if (Cues.NEGATIVE_IMPLICATIVE.contains(lemma)) {
                negated = true;
                cue = head.text() + " to";
                head = t.get(after);
                absorbed = absorbed < 0 ? verb : absorbed; // "failed to approve the budget" is not about failing
            } else if (Cues.POSITIVE_IMPLICATIVE.contains(lemma)) {
                head = t.get(after);
                absorbed = absorbed < 0 ? verb : absorbed;
            } else if (Cues.PLAN_VERBS.contains(lemma)) {
                planned = head.text() + " to";
                head = t.get(after);
            } else if (head.is("ADJ") && Cues.READY.contains(lemma)) {
                planned = head.text() + " to"; // "was ready to accept" is a plan to accept
                head = t.get(after);
                absorbed = absorbed < 0 ? verb : absorbed;
            }
        }
        int start = verb;
        while (start > 0 && (t.get(start - 1).is("AUX") || t.get(start - 1).is("PART") || t.get(start - 1).is("ADV"))) {
            start--;
        }
        if (planned == null && headlineInfinitive(t, verb)) {
            planned = "to"; // a headline's "Minister to resign" announces a plan
        }
        String hedge = opinion;
        Aspect aspect = null;
        boolean perfect = false;
        boolean past = false;
        for (int i = start; i <= verb; i++) {
            Token w = t.get(i);
            String lower = w.lower();
            if (i == verb && !w.lemma().equals("be")) {
                break; // the copula itself tells the tense; a main verb is judged by its form below
            }
            if (w.is("AUX") && Cues.HEDGE_AUX.contains(w.lemma())) {
                hedge = hedge == null ? lower : hedge;
            }
            if (w.is("AUX") && (Cues.FUTURE_AUX.contains(w.lemma()) || Cues.FUTURE_AUX.contains(lower))) {
                aspect = Aspect.FUTURE;
                planned = planned == null ? lower : planned;
            }
            if (w.is("ADV") && (Cues.HEDGE_WORDS.contains(w.lemma()) || lower.equals("almost") || lower.equals("nearly"))) {
                hedge = hedge == null ? lower : hedge; // "almost won" did not win, but is no flat denial either
            }
            perfect |= PERFECT_AUX.contains(lower);
            past |= PAST_AUX.contains(lower);
        }
        for (int i = 0; i < verb; i++) {
            Token w = t.get(i);
            if (aspect == null && w.is("AUX") && (Cues.FUTURE_AUX.contains(w.lemma()) || Cues.FUTURE_AUX.contains(w.lower()))) {
                aspect = Aspect.FUTURE;
                planned = planned == null ? w.lower() : planned;
            }
            if (hedge == null && w.is("AUX") && Cues.HEDGE_AUX.contains(w.lemma())) {
                hedge = w.lower();
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            if (hedge == null && Cues.HEDGE_WORDS.contains(w.lower()) && !w.lower().equals("if") && (i < verb || w.is("ADV"))) {
                hedge = w.lower();
            }
        }
        if (aspect == null) {
            if (yetTo) {
                aspect = Aspect.PERFECT;
            } else if (perfect && head.is("VERB")) {
                aspect = Aspect.PERFECT;
            } else if (past) {
                aspect = Aspect.PAST;
            } else if (start == verb && t.get(verb).is("VERB") && pastForm(t.get(verb))) {
                aspect = Aspect.PAST; // "failed to win": the tense is the implicative verb's
            } else if (start == verb && head.is("VERB") && pastForm(head)) {
                aspect = Aspect.PAST;
            } else {
                aspect = Aspect.PRESENT;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= Math.max(verb, head.index()); i++) {
            text.append(i > start ? " " : "").append(t.get(i).text());
        }
        return new Predicate(head, start, text.toString(), aspect, hedge, planned, negated, cue, absorbed);
    }

    private static int firstCopula(List<Token> t, BitSet excluded) {
        for (int i = 0; i < t.size(); i++) {
            if (!excluded.get(i) && t.get(i).lemma().equals("be")) {
                return i;
            }
        }
        return -1;
    }

    /** Adjective after "is" (skipping adverbs, "not", articles): "is closed", "is an irreversible decision". */
    private static int nominalPredicate(List<Token> t, int copula) {
        for (int i = copula + 1; i < Math.min(t.size(), copula + 5); i++) {
            Token w = t.get(i);
            if (w.is("ADJ")) {
                boolean attributive = i + 1 < t.size() && (t.get(i + 1).is("NOUN") || t.get(i + 1).is("PROPN") || t.get(i + 1).is("ADJ"));
                return attributive ? -1 : i;
            }
            if (w.is("VERB") || w.is("NOUN") || w.is("PROPN") || w.is("ADP") || w.is("PUNCT")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean byAgent(List<Token> t, int from) {
        for (int i = from + 1; i < t.size(); i++) {
            if (t.get(i).lower().equals("by")) {
                return true;
            }
        }
        return false;
    }

    /** "is being built", "was quickly arrested": the copula is an auxiliary of the verb. */
    private static boolean verbGroup(List<Token> t, int copula, int verb) {
        if (verb < 0) {
            return false;
        }
        for (int i = copula + 1; i < verb; i++) {
            if (!(t.get(i).is("ADV") || t.get(i).is("PART") || t.get(i).is("AUX"))) {
                return false;
            }
        }
        return true;
    }

    /** "denied signing", "denied having signed": the verb the denial is about; -1 when none. */
    private static int gerund(List<Token> t, int verb) {
        if (!Cues.DENYING.contains(t.get(verb).lemma()) || verb + 1 >= t.size()) {
            return -1;
        }
        Token next = t.get(verb + 1);
        if (next.lower().equals("having") && verb + 2 < t.size() && t.get(verb + 2).is("VERB")) {
            return verb + 2;
        }
        return next.is("VERB") && next.lower().endsWith("ing") ? verb + 1 : -1;
    }

    private static final java.util.Set<String> PLAN_NOUNS = LexiconFile.load("plan-nouns").words();

    /** In "has no plans to V" / "has no intention of V-ing", the index of the plan noun; -1 when not so. */
    private static int planNoun(List<Token> t, int verb) {
        int noun = verb + 2;
        if (noun + 2 >= t.size() || !t.get(verb).lemma().equals("have") || !Cues.NEGATORS.contains(t.get(verb + 1).lower())
                && !t.get(verb + 1).is("DET") || !PLAN_NOUNS.contains(t.get(noun).lemma())) {
            return -1;
        }
        String link = t.get(noun + 1).lower();
        Token next = t.get(noun + 2);
        boolean infinitive = link.equals("to") && next.is("VERB");
        boolean gerund = link.equals("of") && next.is("VERB") && next.lower().endsWith("ing");
        return infinitive || gerund ? noun : -1;
    }

    /** "Minister to resign over scandal": "to" and a verb with no verb or auxiliary before them. */
    private static boolean headlineInfinitive(List<Token> t, int verb) {
        if (verb < 2 || !t.get(verb).is("VERB") || !t.get(verb - 1).lower().equals("to")) {
            return false;
        }
        for (int i = 0; i < verb - 1; i++) {
            if (t.get(i).is("VERB") || t.get(i).is("AUX") || t.get(i).is("PUNCT") || t.get(i).is("SCONJ") || t.get(i).is("ADP")) {
                return false;
            }
        }
        return t.get(verb - 2).is("NOUN") || t.get(verb - 2).is("PROPN");
    }

    /** "failed to win", "plans to visit": the verb after "to". */
    private static int complementVerb(List<Token> t, int verb) {
        if (verb + 2 < t.size() && t.get(verb + 1).lower().equals("to") && t.get(verb + 2).is("VERB")) {
            return verb + 2;
        }
        if (verb + 3 < t.size() && t.get(verb + 1).lower().equals("on") && t.get(verb + 2).lower().equals("to")
                && t.get(verb + 3).is("VERB")) {
            return verb + 3; // "went on to win"
        }
        return -1;
    }

    private static boolean pastForm(Token verb) {
        String w = verb.lower();
        return !w.equals(verb.lemma()) && !w.endsWith("ing") && !(w.endsWith("s") && !verb.lemma().endsWith("s"));
    }
}
