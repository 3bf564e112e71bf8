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

    /**
     * Three stages: the anchor (first verb, or the copula and what it predicates), the complement
     * that may replace it as head ("failed to win", "has no plans to close"), and the tense and
     * modal words of the verb group.
     */
    static Predicate find(List<Token> t, BitSet excluded) {
        Anchor anchor = anchor(t, excluded);
        if (anchor == null) {
            return null;
        }
        int verb = anchor.verb();
        Complement complement = complement(t, anchor);
        Token head = complement.head();
        int start = verb;
        while (start > 0 && (t.get(start - 1).is("AUX") || t.get(start - 1).is("PART") || t.get(start - 1).is("ADV"))) {
            start--;
        }
        String planned = complement.planned();
        if (planned == null && headlineInfinitive(t, verb)) {
            planned = "to"; // a headline's "Minister to resign" announces a plan
        }
        Auxiliaries aux = auxiliaries(t, start, verb, anchor.opinion());
        if (planned == null) {
            planned = aux.future();
        }
        Aspect aspect = aspect(t, start, verb, head, complement.yetTo(), aux);
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= Math.max(verb, head.index()); i++) {
            text.append(i > start ? " " : "").append(t.get(i).text());
        }
        return new Predicate(head, start, text.toString(), aspect, aux.hedge(), planned, complement.negated(),
                complement.cue(), complement.absorbed());
    }

    /** The word the clause is built on, a raising verb it swallowed ("was considered"), and whose view that is. */
    private record Anchor(int verb, int absorbed, String opinion) {}

    private static Anchor anchor(List<Token> t, BitSet excluded) {
        int verb = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!excluded.get(i) && t.get(i).is("VERB")) {
                verb = i;
                break;
            }
        }
        int copula = firstCopula(t, excluded);
        if (copula >= 0 && (verb < 0 || copula < verb) && !verbGroup(t, copula, verb)) {
            int adjective = nominalPredicate(t, copula);
            return new Anchor(adjective >= 0 ? adjective : copula, -1, null); // "is closed", "is a minor party that was formed ..."
        }
        if (verb >= 0 && RAISING.contains(t.get(verb).lemma()) && copula >= 0 && copula < verb
                && verb + 1 < t.size() && !t.get(verb + 1).lower().equals("that")) {
            // "was not considered a member" reads as "was not a member"; "considered ... by the government" is their view
            return new Anchor(copula, verb, byAgent(t, verb) ? t.get(verb).text() + " by" : null);
        }
        if (verb < 0) {
            return copula < 0 ? null : new Anchor(copula, -1, null);
        }
        return new Anchor(verb, -1, null);
    }

    /** The verb that carries the claim, and what the anchor says of it: denied, planned, or neither. */
    private record Complement(Token head, boolean negated, String cue, String planned, int absorbed, boolean yetTo) {}

    private static Complement complement(List<Token> t, Anchor anchor) {
        int verb = anchor.verb();
        Token anchorWord = t.get(verb);
        int absorbed = anchor.absorbed();
        int swallowed = absorbed < 0 ? verb : absorbed;
        if (verb + 3 < t.size() && anchorWord.lemma().equals("have") && t.get(verb + 1).lower().equals("yet")
                && t.get(verb + 2).lower().equals("to") && t.get(verb + 3).is("VERB")) {
            return new Complement(t.get(verb + 3), false, null, null, absorbed, true); // "has yet to reopen": the cue is "yet to"
        }
        int planNoun = planNoun(t, verb);
        if (planNoun > 0) {
            // "has no plans to close", "has no intention of closing": a (denied) plan to close
            return new Complement(t.get(planNoun + 2), false, null, Segment.words(t.subList(verb + 1, planNoun + 2)), planNoun, false);
        }
        int deniedPlan = deniedPlanNoun(t, verb);
        if (deniedPlan > 0) {
            // "denied plans to close the plant": no plan to close it
            return new Complement(t.get(deniedPlan + 2), true, anchorWord.text(), Segment.words(t.subList(verb + 1, deniedPlan + 2)),
                    deniedPlan, false);
        }
        int excluded = excludedGerund(t, verb);
        if (excluded > 0) {
            // "ruled out raising taxes": will not raise them
            return new Complement(t.get(excluded), true, Segment.words(t.subList(verb, excluded)), Segment.words(t.subList(verb, excluded)),
                    swallowed, false);
        }
        int after = complementVerb(t, verb);
        if (after < 0 && gerund(t, verb) > 0) {
            // "denied signing the treaty" says the signing did not happen
            return new Complement(t.get(gerund(t, verb)), true, anchorWord.text(), null, swallowed, false);
        }
        if (after > 0) {
            String lemma = anchorWord.lemma();
            Token next = t.get(after);
            if (goingTo(t, verb)) {
                return new Complement(next, false, null, anchorWord.text() + " to", swallowed, false); // not the "went on to" of implicatives
            } else if (Cues.NEGATIVE_IMPLICATIVE.contains(lemma)) {
                // "failed to approve the budget" is not about failing
                return new Complement(next, true, anchorWord.text() + " to", null, swallowed, false);
            } else if (Cues.POSITIVE_IMPLICATIVE.contains(lemma)) {
                return new Complement(next, false, null, null, swallowed, false);
            } else if (Cues.PLAN_VERBS.contains(lemma)) {
                return new Complement(next, false, null, anchorWord.text() + " to", absorbed, false);
            } else if (anchorWord.is("ADJ") && Cues.READY.contains(lemma)) {
                return new Complement(next, false, null, anchorWord.text() + " to", swallowed, false); // "was ready to accept"
            }
        }
        return new Complement(anchorWord, false, null, null, absorbed, false);
    }

    /** "is (not) going to close": the future of "be going to", a plan as "plans to close" is. */
    private static boolean goingTo(List<Token> t, int verb) {
        if (!t.get(verb).lower().equals("going")) {
            return false;
        }
        int i = verb - 1;
        while (i > 0 && (t.get(i).is("ADV") || t.get(i).is("PART"))) {
            i--; // "is not going to", "are still going to"
        }
        return i >= 0 && t.get(i).lemma().equals("be");
    }

    /** What the words of the verb group (and before it) say: the first hedge, the first future auxiliary, perfect, past. */
    private record Auxiliaries(String hedge, String future, boolean perfect, boolean past) {}

    private static Auxiliaries auxiliaries(List<Token> t, int start, int verb, String opinion) {
        String hedge = opinion;
        String future = null;
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
            if (future == null && isFuture(w)) {
                future = lower;
            }
            if (w.is("ADV") && (Cues.HEDGE_WORDS.contains(w.lemma()) || Negation.NEAR_MISS.contains(lower) && !Negation.nearMiss(t, i))) {
                hedge = hedge == null ? lower : hedge; // "is almost complete"; "almost won" is a denial (Negation)
            }
            perfect |= PERFECT_AUX.contains(lower);
            past |= PAST_AUX.contains(lower);
        }
        for (int i = 0; i < verb; i++) {
            Token w = t.get(i);
            if (future == null && isFuture(w)) {
                future = w.lower();
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
        return new Auxiliaries(hedge, future, perfect, past);
    }

    private static boolean isFuture(Token w) {
        return w.is("AUX") && (Cues.FUTURE_AUX.contains(w.lemma()) || Cues.FUTURE_AUX.contains(w.lower()));
    }

    private static Aspect aspect(List<Token> t, int start, int verb, Token head, boolean yetTo, Auxiliaries aux) {
        if (aux.future() != null) {
            return Aspect.FUTURE;
        } else if (yetTo) {
            return Aspect.PERFECT;
        } else if (aux.perfect() && head.is("VERB")) {
            return Aspect.PERFECT;
        } else if (aux.past()) {
            return Aspect.PAST;
        } else if (start == verb && t.get(verb).is("VERB") && pastForm(t.get(verb))) {
            return Aspect.PAST; // "failed to win": the tense is the implicative verb's
        } else if (start == verb && head.is("VERB") && pastForm(head)) {
            return Aspect.PAST;
        } else if (start == verb && head.index() == verb && head.is("VERB") && UNCHANGED_PAST.contains(head.lower())
                && singularSubjectBefore(t, verb)) {
            return Aspect.PAST; // "the company cut 300 jobs": a present would be "cuts"
        }
        return Aspect.PRESENT;
    }

    private static final Set<String> UNCHANGED_PAST = LexiconFile.load("unchanged-past-verbs").words();
    private static final Set<String> SINGULAR_PRONOUNS = LexiconFile.load("singular-pronouns").words();

    /** "the company", "Acme", "she" right before the verb: a third-person singular subject. */
    private static boolean singularSubjectBefore(List<Token> t, int verb) {
        if (verb == 0) {
            return false;
        }
        Token w = t.get(verb - 1);
        return w.is("PROPN") && !w.lower().endsWith("s")
                || w.is("NOUN") && Lexicon.shared().nounBaseOf(w.lower()).equals(w.lower()) && !w.lower().endsWith("s")
                || w.is("PRON") && SINGULAR_PRONOUNS.contains(w.lower());
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
    private static final String ANY = "any";

    private static int gerund(List<Token> t, int verb) {
        if (!Cues.DENYING.contains(t.get(verb).lemma()) || verb + 1 >= t.size()) {
            return -1;
        }
        int at = verb + 1;
        if (t.get(at).is("ADV") && at + 1 < t.size()) {
            at++; // "denied ever taking"
        }
        if (t.get(at).lower().equals(ANY) && at + 1 < t.size() && t.get(at + 1).lower().endsWith("ing")
                && (at + 2 == t.size() || t.get(at + 2).is("PUNCT"))) {
            return at + 1; // "denies any wrongdoing": the act, as "denied doing wrong"
        }
        Token next = t.get(at);
        if (next.lower().equals("having") && at + 1 < t.size() && t.get(at + 1).is("VERB")) {
            return at + 1;
        }
        return next.is("VERB") && next.lower().endsWith("ing") ? at : -1;
    }

    static final Set<String> EXCLUDING = LexiconFile.load("excluding-verbs").words();

    /** In "ruled out raising taxes", "excluded selling the club", the index of the gerund; -1 when not so. */
    private static int excludedGerund(List<Token> t, int verb) {
        Token v = t.get(verb);
        if (!v.is("VERB")) {
            return -1;
        }
        int at = verb + 1 < t.size() && EXCLUDING.contains(v.lemma() + " " + t.get(verb + 1).lower()) ? verb + 2
                : EXCLUDING.contains(v.lemma()) ? verb + 1 : -1;
        return at > 0 && at < t.size() && t.get(at).lower().endsWith("ing") && t.get(at).is("VERB") ? at : -1;
    }

    private static final Set<String> PLAN_NOUNS = LexiconFile.load("plan-nouns").words();

    /** In "has no plans to V" / "there are no plans to V" / "has no intention of V-ing", the index of the plan noun; -1 when not so. */
    private static int planNoun(List<Token> t, int verb) {
        int noun = verb + 2;
        boolean existential = t.get(verb).lemma().equals("be") && verb > 0 && t.get(verb - 1).lower().equals("there");
        if (noun + 2 >= t.size() || !t.get(verb).lemma().equals("have") && !existential || !Cues.NEGATORS.contains(t.get(verb + 1).lower())
                && !t.get(verb + 1).is("DET") || !PLAN_NOUNS.contains(t.get(noun).lemma())) {
            return -1;
        }
        return plansAVerb(t, noun) ? noun : -1;
    }

    /** Whether the plan noun at {@code noun} is followed by its verb: "plans to V", "intention of V-ing". */
    private static boolean plansAVerb(List<Token> t, int noun) {
        String link = t.get(noun + 1).lower();
        Token next = t.get(noun + 2);
        return link.equals("to") && next.is("VERB") || link.equals("of") && next.is("VERB") && next.lower().endsWith("ing");
    }

    private static final Set<String> DENYING = LexiconFile.load("reporting-verbs").withField("denies");
    private static final Set<String> DETERMINERS = LexiconFile.load("determiners").heads();

    /** Verbs that undo a plan: "scrapped (shelved, withdrew) plans to build" is no plan to build. */
    private static final Set<String> CANCELLING = LexiconFile.load("cancelling-verbs").heads();

    /**
     * In "denied (any) plans to V" / "rejected claims of an intention of V-ing" / "scrapped plans to V",
     * the index of the plan noun; -1 when not so.
     */
    private static int deniedPlanNoun(List<Token> t, int verb) {
        if (!t.get(verb).is("VERB") || !DENYING.contains(t.get(verb).lemma()) && !CANCELLING.contains(Lexicon.key(t.get(verb).lemma()))) {
            return -1;
        }
        // "scrapped the plans", "withdrew its bid": a determiner or an owner's pronoun before the plan noun
        int noun = verb + 1 < t.size() && (t.get(verb + 1).is("DET") || DETERMINERS.contains(t.get(verb + 1).lower())) ? verb + 2 : verb + 1;
        if (noun + 2 >= t.size() || !PLAN_NOUNS.contains(t.get(noun).lemma())) {
            return -1;
        }
        return plansAVerb(t, noun) ? noun : -1;
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
