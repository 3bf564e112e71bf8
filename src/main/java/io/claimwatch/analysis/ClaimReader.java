package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one clause into claims: one for its main predicate and one for each further verb
 * ("attacked a truck, wounded and killed a worker" gives attack, wound, kill), each with the
 * clause's subject and the words up to the next verb, so terms keep to the verb they belong to.
 */
final class ClaimReader {

    private ClaimReader() {}

    private static final Set<String> SKIP_TERMS = LexiconFile.load("skip-terms").words();

    static List<Claim> read(Clauses.Clause clause, Segment segment, DateSpan statedOn) {
        List<Token> t = new ArrayList<>();
        for (Token w : clause.tokens()) {
            t.add(new Token(t.size(), w.text(), w.tag(), w.lemma()));
        }
        BitSet excluded = withoutSpans(t);
        Predicate main = Predicate.find(t, excluded);
        if (main == null) {
            Retagger.recoverMissingVerb(t, Lexicon.shared()); // "if the talks fail": the clause alone shows the verb
            main = Predicate.find(t, excluded);
        }
        if (main == null) {
            return List.of();
        }
        Negation.Result negation = Negation.scan(t, excluded);
        BitSet used = (BitSet) excluded.clone();
        // a date before the verb ("On Monday, police arrested ...") is about the main verb
        Optional<DateSpan> leading = TimeExpressions.find(t, statedOn, used, 0, main.start());
        List<Integer> heads = heads(t, excluded, main);
        int modifier = subjectModifier(t, main.start());
        List<String> subject = terms(t, 0, modifier, main.head().index(), excluded, used);
        // "the contract with the club was ended": the club is said of the contract, it is not what was ended
        List<String> subjectModifiers = terms(t, modifier, main.start(), main.head().index(), excluded, used);
        subjectModifiers.removeAll(subject);
        if (subject.isEmpty() && main.start() > 0 && t.get(0).is("PRON") && segment.sourceTerms() != null
                && Set.of("he", "she", "they", "we", "it").contains(t.get(0).lower())) {
            subject = segment.sourceTerms(); // "officials say they found ...": they are the officials
        }
        String text = Segment.words(t);

        // each verb keeps the date said with it; coordinated verbs without one share the clause's
        // ("killed four and wounded 80 others Tuesday"), but a relative clause keeps its own
        List<Optional<DateSpan>> frameTimes = new ArrayList<>();
        Optional<DateSpan> clauseTime = leading;
        for (int k = 0; k < heads.size(); k++) {
            int from = k == 0 ? main.start() : groupStart(t, heads.get(k));
            int to = k + 1 < heads.size() ? groupStart(t, heads.get(k + 1)) : t.size();
            Optional<DateSpan> own = TimeExpressions.find(t, statedOn, used, from, to);
            frameTimes.add(own);
            boolean coordinated = k == 0 || from > 0 && (t.get(from - 1).is("CCONJ") || t.get(from - 1).text().equals(","));
            if (clauseTime.isEmpty() && own.isPresent() && coordinated) {
                clauseTime = own;
            }
        }
        List<Claim> claims = new ArrayList<>();
        boolean passive = false;
        for (int k = 0; k < heads.size(); k++) {
            int head = heads.get(k);
            int from = k == 0 ? main.start() : groupStart(t, head);
            int to = k + 1 < heads.size() ? groupStart(t, heads.get(k + 1)) : t.size();
            Token verb = k == 0 ? main.head() : t.get(head);
            boolean implicative = k == 0 && main.negatedByVerb();
            Polarity polarity = negation.polarity(main.start(), from, to);
            if (segment.negated() ^ implicative) {
                polarity = polarity.flip();
            }
            String cue = join(segment.negationCue(), negation.cue(main.start(), from, to), implicative ? main.cue() : null);

            Modality modality = segment.modality();
            String modalCue = segment.modalCue();
            boolean genericWhen = t.get(0).lower().equals("when") && main.aspect() != Aspect.PAST;
            String hedge = k == 0 ? main.hedgeCue() : groupCue(t, from, head, Cues.HEDGE_AUX);
            String plan = k == 0 ? main.plannedCue() : groupCue(t, from, head, Cues.FUTURE_AUX);
            if (k > 0 && hedge == null && plan == null && from == head) {
                hedge = main.hedgeCue(); // "will damage ... and harm": coordinated verbs share the modal
                plan = main.plannedCue();
            }
            if (hedge == null && negation.weakener() != null) {
                hedge = negation.weakener(); // "not quite right" is a softened claim, neither yes nor no
            }
            String governing = k > 0 && from == head ? unassertedGerund(t, verb) : null;
            if (hedge == null && governing != null) {
                hedge = governing; // "considered stepping down" does not say he stepped down
            }
            String ownModal = clause.conditional() || genericWhen ? t.get(0).lower() : hedge;
            if (ownModal != null || modality == Modality.HEDGED) {
                modality = Modality.HEDGED;
                modalCue = join(modalCue, ownModal);
            } else if (plan != null) {
                modality = modality == Modality.ASSERTED ? Modality.PLANNED : modality;
                modalCue = join(modalCue, plan);
            }
            Optional<DateSpan> time = frameTimes.get(k).isPresent() ? frameTimes.get(k) : clauseTime;
            String predicate = Lexicon.key(phrasal(t, verb));
            Eventuality eventuality = Cues.ONCE.contains(predicate) || Cues.ONCE.contains(verb.lemma()) ? Eventuality.ONCE
                    : Cues.STATES.contains(verb.lemma()) || verb.is("ADJ") || verb.is("NOUN") ? Eventuality.STATE
                    : Eventuality.OTHER;
            String predicateText = k == 0 ? main.text() : Segment.words(t.subList(from, head + 1));
            boolean reducedRelative = k > 0 && from == head && from > 0 && (t.get(from - 1).is("NOUN") || t.get(from - 1).is("PROPN"))
                    && verb.is("VERB") && !verb.lower().equals(verb.lemma()) && !verb.lower().endsWith("ing") && !verb.lower().endsWith("s");
            passive = reducedRelative || k == 0 && leadingParticiple(t, main.start(), verb) || passive(t, k == 0 ? Math.max(0, main.start() - 4) : from, verb,
                    k > 0 && from == head && passive && !t.get(from - 1).is("NOUN"));
            List<String> arguments = terms(t, from, to, verb.index(), excluded, used);
            if (main.absorbed() >= 0) {
                arguments.remove(Lexicon.key(t.get(main.absorbed()).lemma()));
            }
            List<String> frameSubject = k == 0 ? subject : relativeAntecedent(t, from, excluded, used).orElse(subject);
            arguments.removeAll(List.of(predicate));
            for (int j = 1; j < predicateWords(t, verb); j++) {
                arguments.remove(Lexicon.key(t.get(verb.index() + j).norm())); // "took effect": "effect" is the verb's
            }
            if (frameSubject == subject) {
                for (String m : subjectModifiers) {
                    if (!arguments.contains(m)) {
                        arguments.add(m);
                    }
                }
            }
            claims.add(new Claim(text, predicate, predicateText, frameSubject, arguments, polarity,
                    polarity == Polarity.NEGATIVE ? cue : null, modality, modality == Modality.ASSERTED ? null : modalCue,
                    segment.attribution(), passive, plan != null && k > 0 && groupCue(t, from, head, Cues.FUTURE_AUX) != null ? Aspect.FUTURE : main.aspect(), eventuality, time.map(DateSpan::toString).orElse(null),
                    negation.quantifier(), Quantities.counting(Quantities.find(t, used, verb.lemma(), k == 0 ? 0 : from, to),
                    frameSubject.isEmpty() ? null : frameSubject.get(frameSubject.size() - 1))));
        }
        return claims;
    }

    /** The main predicate and every later verb that heads its own verb phrase. */
    private static List<Integer> heads(List<Token> t, BitSet excluded, Predicate main) {
        List<Integer> heads = new ArrayList<>();
        heads.add(main.head().index());
        for (int i = main.head().index() + 1; i < t.size(); i++) {
            Token w = t.get(i);
            if (!w.is("VERB") || excluded.get(i)) {
                continue;
            }
            boolean attributive = i > 0 && (t.get(i - 1).is("DET") || t.get(i - 1).is("ADJ"))
                    && i + 1 < t.size() && t.get(i + 1).is("NOUN");
            boolean compound = i + 1 < t.size() && t.get(i + 1).is("NOUN") && i > 0 && t.get(i - 1).is("NOUN");
            // "used to combat X", "an offer to flee": the infinitive belongs to the verb before it,
            // unless a comma sets it off as an adjunct ("built in 1889, to celebrate ...")
            boolean infinitive = i > 1 && t.get(i - 1).lower().equals("to") && !commaBetween(t, heads.get(heads.size() - 1), i);
            boolean absorbed = i == main.absorbed();
            if (!attributive && !compound && !infinitive && !absorbed) {
                heads.add(i);
            }
        }
        return heads;
    }

    /** "Syria, which has been criticised": the subject of a relative clause is the noun before the pronoun. */
    private static Optional<List<String>> relativeAntecedent(List<Token> t, int from, BitSet excluded, BitSet used) {
        int pronoun = from - 1;
        if (pronoun < 1) {
            return Optional.empty();
        }
        boolean relative = Set.of("who", "which", "that", "whom").contains(t.get(pronoun).lower());
        Token verb = t.get(from);
        boolean reduced = !relative && verb.is("VERB") && (t.get(pronoun).is("NOUN") || t.get(pronoun).is("PROPN"))
                && !verb.lower().equals(verb.lemma()) && !verb.lower().endsWith("ing") && !verb.lower().endsWith("s");
        if (!relative && !reduced) {
            return Optional.empty(); // "a skull found in Argentina": the noun is what was found
        }
        int end = reduced ? from : pronoun;
        if (t.get(end - 1).text().equals(",")) {
            end--;
        }
        int start = end;
        while (start > 0 && (t.get(start - 1).is("NOUN") || t.get(start - 1).is("PROPN") || t.get(start - 1).is("ADJ")
                || t.get(start - 1).is("NUM"))) {
            start--;
        }
        List<String> antecedent = terms(t, start, end, -1, excluded, used);
        return antecedent.isEmpty() ? Optional.empty() : Optional.of(antecedent);
    }

    /**
     * "Hebron, located in the hills, is home to ...": a participle set off by commas between a noun
     * and a later copula says what was done to the noun, so it is passive without an auxiliary.
     */
    private static boolean leadingParticiple(List<Token> t, int start, Token verb) {
        int i = verb.index();
        if (start != i || i < 2 || !t.get(i - 1).text().equals(",") || !(t.get(i - 2).is("NOUN") || t.get(i - 2).is("PROPN"))
                || !verb.is("VERB") || verb.lower().equals(verb.lemma()) || verb.lower().endsWith("ing") || verb.lower().endsWith("s")) {
            return false;
        }
        for (int j = i + 1; j + 1 < t.size(); j++) {
            if (t.get(j).text().equals(",") && t.get(j + 1).is("AUX") && t.get(j + 1).lemma().equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose gerund object happened: "began building", "admitted taking", "stopped paying". */
    private static final Set<String> ASSERTING_GERUND = LexiconFile.load("asserting-gerund-verbs").words();

    /** The verb right before a gerund that it does not assert ("considered resigning"), or null. */
    private static String unassertedGerund(List<Token> t, Token verb) {
        int i = verb.index();
        if (!verb.is("VERB") || !verb.lower().endsWith("ing") || i < 1 || !t.get(i - 1).is("VERB")
                || ASSERTING_GERUND.contains(t.get(i - 1).lemma())) {
            return null;
        }
        return t.get(i - 1).lower();
    }

    private static final Set<String> MULTIWORD_PREPOSITION = LexiconFile.load("multiword-preposition-heads").words();

    private static final Set<String> PARTICLES = LexiconFile.load("particles").words();

    /**
     * "stepped down", "called off", "took effect", "came into force": a verb and the words after it,
     * when the synonym list knows the phrase (or, for a verb and its particle, WordNet does).
     */
    private static String phrasal(List<Token> t, Token verb) {
        int n = predicateWords(t, verb);
        return n == 1 ? verb.lemma() : phrase(t, verb, n);
    }

    /** How many words the predicate spans from its verb: 1, or the length of a known phrase. */
    private static int predicateWords(List<Token> t, Token verb) {
        if (!verb.is("VERB")) {
            return 1;
        }
        for (int n = 4; n >= 2; n--) {
            if (verb.index() + n > t.size()) {
                continue;
            }
            String words = phrase(t, verb, n);
            if (!Lexicon.key(words).equals(words)) {
                return n;
            }
        }
        int next = verb.index() + 1;
        if (next < t.size() && PARTICLES.contains(t.get(next).lower()) && Lexicon.shared().isVerb(phrase(t, verb, 2))) {
            return 2;
        }
        return 1;
    }

    private static String phrase(List<Token> t, Token verb, int n) {
        StringBuilder words = new StringBuilder(verb.lemma());
        for (int j = 1; j < n; j++) {
            words.append(' ').append(t.get(verb.index() + j).lower());
        }
        return words.toString();
    }

    /** "was killed", "has been arrested", and "shot and killed" after a passive verb. */
    private static boolean passive(List<Token> t, int from, Token verb, boolean coordinatedWithPassive) {
        if (!verb.is("VERB") || verb.lower().endsWith("ing")) {
            return false;
        }
        if (verb.index() > 0 && t.get(verb.index() - 1).lower().equals("to")) {
            return false; // "was ready to sign": an infinitive is active unless "to be" comes first
        }
        if (coordinatedWithPassive) {
            return true;
        }
        for (int i = from; i < verb.index(); i++) {
            Token w = t.get(i);
            if (w.is("AUX") && (w.lemma().equals("be") || w.lemma().equals("get")) && !w.lower().equals("being") ) {
                return !w.lower().equals("be") || i + 1 < t.size();
            }
        }
        return false;
    }

    private static String groupCue(List<Token> t, int from, int head, Set<String> words) {
        for (int i = from; i < head; i++) {
            if (t.get(i).is("AUX") && (words.contains(t.get(i).lemma()) || words.contains(t.get(i).lower()))) {
                return t.get(i).lower();
            }
        }
        return null;
    }

    private static boolean commaBetween(List<Token> t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Where the verb group of the verb at {@code head} starts: "and did not stay" starts at "did". */
    private static int groupStart(List<Token> t, int head) {
        int start = head;
        while (start > 0 && (t.get(start - 1).is("AUX") || t.get(start - 1).is("PART") || t.get(start - 1).is("ADV"))) {
            start--;
        }
        return start;
    }

    private static List<String> terms(List<Token> t, int from, int to, int skip, BitSet excluded, BitSet used) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (i == skip || excluded.get(i) || !w.isContent() || SKIP_TERMS.contains(w.lemma())
                    || Cues.NEGATORS.contains(w.lower()) || w.is("NUM") || Quantities.isNumberWord(w.lower()) || (used.get(i) && !w.is("NOUN"))) {
                continue;
            }
            String term = Lexicon.key(w.norm());
            if (!term.isBlank() && Character.isLetterOrDigit(term.charAt(0)) && !out.contains(term)) {
                out.add(term);
            }
        }
        return out;
    }

    /**
     * Where a prepositional modifier of the subject's noun starts ("the contract with the club"),
     * or {@code end} when there is none. "of" phrases name the thing itself ("leaders of the
     * party") and stay in the subject; a comma means a fronted adverbial, left as it is.
     */
    private static int subjectModifier(List<Token> t, int end) {
        if (end < 3 || !Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM").contains(t.get(0).tag())) {
            return end;
        }
        for (int i = 0; i < end; i++) {
            if (t.get(i).is("PUNCT")) {
                return end;
            }
        }
        for (int i = 1; i < end; i++) {
            Token w = t.get(i);
            if (w.is("ADP") && !w.lower().equals("of") && (t.get(i - 1).is("NOUN") || t.get(i - 1).is("PROPN"))
                    && !MULTIWORD_PREPOSITION.contains(t.get(i - 1).lower())) {
                return i;
            }
        }
        return end;
    }

    /** "without paying", "instead of X": words that the clause does not assert. */
    private static BitSet withoutSpans(List<Token> t) {
        BitSet out = new BitSet();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).lower();
            boolean instead = w.equals("instead") && i + 1 < t.size() && t.get(i + 1).lower().equals("of");
            boolean rather = w.equals("rather") && i + 1 < t.size() && t.get(i + 1).lower().equals("than");
            if (w.equals("without") || instead || rather) {
                int j = i;
                while (j < t.size() && !(j > i && t.get(j).is("PUNCT"))) {
                    out.set(j);
                    j++;
                }
            }
        }
        return out;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() > 0 ? "; " : "").append(p);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
