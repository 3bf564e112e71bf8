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
    /** "another senator": a determiner that says the thing is not one already named is kept as a term. */
    private static final Set<String> OTHER_REFERENTS = LexiconFile.load("other-referents").words();

    private static final Set<String> RELATIVE_PRONOUNS = LexiconFile.load("relative-pronouns").words();
    private static final Set<String> SUBJECT_PRONOUNS = LexiconFile.load("subject-pronouns").words();
    /** A speaker's role ("spokesman", "minister"): "we" is the body they speak for. */
    private static final Set<String> ROLE_WORDS = LexiconFile.load("intake-titles").heads();

    /**
     * Stages: the main predicate, the negation cues, the dates (each verb's own and the clause's),
     * the subject, then one claim for each verb group.
     */
    static List<Claim> read(Clauses.Clause clause, Segment segment, DateSpan statedOn) {
        List<Token> t = Token.renumbered(clause.tokens());
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
        List<Group> groups = groups(t, excluded, main);
        // "will be held on 3 June", and in reported speech "said she would resign on Friday": the coming day
        boolean ahead = main.aspect() == Aspect.FUTURE || main.plannedCue() != null
                || segment.attribution() != null && ReportedFuture.backshifted(main.hedgeCue()) || scheduled(t, main);
        // "has been postponed until June", "remains closed until June": a date still to come
        boolean untilAhead = ahead || main.aspect() == Aspect.PERFECT || main.aspect() == Aspect.PRESENT;
        Dates dates = dates(t, statedOn, groups, main.start(), ahead, untilAhead);
        Subject subject = subject(t, main, segment, excluded, dates.words());
        Clause context = new Clause(t, clause, segment, main, negation, excluded, dates, subject);
        List<Claim> claims = new ArrayList<>();
        boolean passive = false;
        for (Group group : groups) {
            passive = passive(context, group, passive);
            claims.add(claim(context, group, passive));
        }
        if (restrictsSubject(t, groups)) {
            // "cars exported by Japan did not decrease": not all cars, those exported by Japan
            List<String> restriction = claims.get(0).arguments();
            for (int k = 1; k < claims.size(); k++) {
                Claim c = claims.get(k);
                List<String> arguments = new ArrayList<>(c.arguments());
                restriction.stream().filter(w -> !arguments.contains(w)).forEach(arguments::add);
                claims.set(k, new Claim(c.text(), c.predicate(), c.predicateText(), c.subject(), arguments, c.polarity(),
                        c.negationCue(), c.modality(), c.modalCue(), c.attribution(), c.passive(), c.aspect(), c.eventuality(),
                        c.time(), c.quantifier(), c.quantities()));
            }
        }
        return claims;
    }

    /** A participle right after the subject noun, then the clause's finite verb: a reduced relative on the subject. */
    private static boolean restrictsSubject(List<Token> t, List<Group> groups) {
        if (groups.size() < 2) {
            return false;
        }
        Group first = groups.get(0);
        Group next = groups.get(1);
        Token head = t.get(first.head());
        return participle(head) && first.head() > 0 && (t.get(first.head() - 1).is("NOUN") || t.get(first.head() - 1).is("PROPN"))
                && next.from() < next.head() && t.get(next.from()).is("AUX");
    }

    /** What every claim of the clause shares. */
    private record Clause(List<Token> t, Clauses.Clause clause, Segment segment, Predicate main, Negation.Result negation,
                          BitSet excluded, Dates dates, Subject subject) {}

    /** One verb group: its head, and the tokens [from, to) that belong to it; k is its place in the clause. */
    private record Group(int k, int head, int from, int to) {

        boolean first() {
            return k == 0;
        }

        /** "and wounded 80": a verb with no auxiliary of its own before it. */
        boolean bare() {
            return k > 0 && from == head;
        }
    }

    /** The subject's terms, and those of a prepositional modifier of it ("the contract with the club"). */
    private record Subject(List<String> terms, List<String> modifiers) {}

    /** The date before the verb, each group's own date, the clause's, and the words they were read from. */
    private record Dates(List<Optional<DateSpan>> own, Optional<DateSpan> clause, BitSet words) {

        Optional<DateSpan> of(Group g) {
            return own.get(g.k()).isPresent() ? own.get(g.k()) : clause;
        }
    }

    /** What the modal words say of one group: asserted, hedged or planned, and the words that said so. */
    private record Mood(Modality modality, String cue, boolean ownFuture) {}

    private static List<Group> groups(List<Token> t, BitSet excluded, Predicate main) {
        List<Integer> heads = heads(t, excluded, main);
        List<Group> groups = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            int from = k == 0 ? main.start() : groupStart(t, heads.get(k));
            int to = k + 1 < heads.size() ? groupStart(t, heads.get(k + 1)) : t.size();
            groups.add(new Group(k, heads.get(k), from, to));
        }
        return groups;
    }

    /**
     * A date before the verb ("On Monday, police arrested ...") is about the main verb; each verb
     * keeps the date said with it; coordinated verbs without one share the clause's ("killed four
     * and wounded 80 others Tuesday"), but a relative clause keeps its own.
     */
    private static Dates dates(List<Token> t, DateSpan statedOn, List<Group> groups, int mainStart, boolean ahead,
                               boolean untilAhead) {
        BitSet words = new BitSet();
        Optional<DateSpan> clauseTime = TimeExpressions.find(t, statedOn, words, 0, mainStart, ahead, untilAhead);
        List<Optional<DateSpan>> own = new ArrayList<>();
        for (Group g : groups) {
            Optional<DateSpan> date = TimeExpressions.find(t, statedOn, words, g.from(), g.to(), ahead, untilAhead);
            own.add(date);
            // "kept rates unchanged in June": the result's date is the keeping's too
            boolean coordinated = g.first() || g.from() > 0 && (t.get(g.from() - 1).is("CCONJ") || t.get(g.from() - 1).text().equals(","))
                    || Retagger.unParticiple(t.get(g.head()), Lexicon.shared());
            if (clauseTime.isEmpty() && date.isPresent() && coordinated) {
                clauseTime = date;
            }
        }
        return new Dates(own, clauseTime, words);
    }

    private static Subject subject(List<Token> t, Predicate main, Segment segment, BitSet excluded, BitSet used) {
        int modifier = subjectModifier(t, main.start());
        int possessive = possessive(t, modifier);
        List<String> subject = terms(t, possessive + 1, modifier, main.head().index(), excluded, used);
        // "the contract with the club was ended": the club is said of the contract, it is not what was ended;
        // "the minister's aide resigned": the aide did, the minister is said of the aide
        List<String> modifiers = terms(t, modifier, main.start(), main.head().index(), excluded, used);
        modifiers.addAll(terms(t, 0, Math.max(0, possessive), main.head().index(), excluded, used));
        modifiers.removeAll(subject);
        if (subject.isEmpty() && main.start() > 0 && t.get(0).is("PRON") && segment.sourceTerms() != null
                && SUBJECT_PRONOUNS.contains(t.get(0).lower())) {
            subject = segment.sourceTerms(); // "officials say they found ...": they are the officials
            if (t.get(0).lower().equals("we")) {
                // "'We fired no shots,' the army spokesman said": the army, not its spokesman
                List<String> body = subject.stream().filter(w -> !ROLE_WORDS.contains(w)).toList();
                subject = body.isEmpty() ? subject : body;
            }
        }
        return new Subject(subject, modifiers);
    }

    /** The first possessive "'s" of the subject before {@code end} that has a noun after it, or -1. */
    private static int possessive(List<Token> t, int end) {
        for (int i = 1; i + 1 < end; i++) {
            if ((t.get(i).text().equals("'s") || t.get(i).text().equals("'")) && t.get(i).is("PART")
                    && t.subList(i + 1, end).stream().anyMatch(w -> w.is("NOUN"))) {
                return i;
            }
        }
        return -1;
    }

    private static Claim claim(Clause c, Group g, boolean passive) {
        List<Token> t = c.t();
        Predicate main = c.main();
        Token verb = g.first() ? main.head() : t.get(g.head());
        boolean implicative = g.first() && main.negatedByVerb();
        Polarity polarity = c.negation().polarity(main.start(), g.from(), g.to());
        if (c.segment().negated() ^ implicative) {
            polarity = polarity.flip();
        }
        String cue = join(c.segment().negationCue(), c.negation().cue(main.start(), g.from(), g.to()), implicative ? main.cue() : null);
        Mood mood = mood(c, g, verb);
        String phrase = phrasal(t, verb);
        String predicate = Lexicon.key(phrase);
        // a phrase is judged as a whole: "runs" is a state ("the plant runs"), "runs for office" is not
        String judged = phrase.equals(verb.lemma()) ? verb.lemma() : predicate;
        Eventuality eventuality = Cues.ONCE.contains(predicate) || Cues.ONCE.contains(verb.lemma()) ? Eventuality.ONCE
                : Cues.STATES.contains(judged) || verb.is("ADJ") || verb.is("NOUN") ? Eventuality.STATE
                : Eventuality.OTHER;
        String predicateText = g.first() ? main.text() + clauseAdverb(t, verb) : Segment.words(t.subList(g.from(), g.head() + 1));
        List<String> subject = g.first() ? c.subject().terms()
                : relativeAntecedent(t, g.from(), c.excluded(), c.dates().words())
                    .or(() -> perceived(c, g, verb)).orElse(c.subject().terms());
        List<String> arguments = arguments(c, g, verb, predicate, subject == c.subject().terms());
        Aspect aspect = mood.ownFuture() ? Aspect.FUTURE : main.aspect();
        int numbersFrom = g.first() ? 0 : g.from();
        List<Quantity> quantities = new ArrayList<>(Quantities.counting(Quantities.find(t, c.dates().words(), verb.lemma(),
                numbersFrom, g.to()), subject.isEmpty() ? null : subject.get(subject.size() - 1), predicate, verb.lower()));
        quantities.addAll(ClockTimes.find(t, numbersFrom, g.to()));
        // "is valued at $2 billion" is worth it: a passive phrase folded into a state is said of the subject
        boolean statePhrase = passive && !predicate.equals(verb.lemma()) && !Lexicon.shared().isVerb(predicate);
        return new Claim(Segment.words(t), predicate, predicateText, subject, arguments, polarity,
                polarity == Polarity.NEGATIVE ? cue : null, mood.modality(), mood.modality() == Modality.ASSERTED ? null : mood.cue(),
                c.segment().attribution(), passive && !statePhrase, aspect, eventuality, c.dates().of(g).map(DateSpan::toString).orElse(null),
                c.negation().quantifier(), quantities);
    }

    private static Mood mood(Clause c, Group g, Token verb) {
        List<Token> t = c.t();
        Predicate main = c.main();
        Modality modality = c.segment().modality();
        String modalCue = c.segment().modalCue();
        boolean genericWhen = t.get(0).lower().equals("when") && main.aspect() != Aspect.PAST;
        String hedge = g.first() ? main.hedgeCue() : groupCue(t, g.from(), g.head(), Cues.HEDGE_AUX);
        String plan = g.first() ? main.plannedCue() : groupCue(t, g.from(), g.head(), Cues.FUTURE_AUX);
        if (!g.first() && hedge == null && plan == null && g.bare()) {
            hedge = main.hedgeCue(); // "will damage ... and harm": coordinated verbs share the modal
            plan = main.plannedCue();
        }
        if (hedge == null && c.negation().weakener() != null) {
            hedge = c.negation().weakener(); // "not quite right" is a softened claim, neither yes nor no
        }
        String governing = g.bare() ? unassertedGerund(t, verb) : null;
        if (hedge == null && governing != null) {
            hedge = governing; // "considered stepping down" does not say he stepped down
        }
        String ownModal = c.clause().conditional() || genericWhen ? t.get(0).lower() : hedge;
        if (ownModal != null || modality == Modality.HEDGED) {
            modality = Modality.HEDGED;
            modalCue = join(modalCue, ownModal);
        } else if (plan != null) {
            modality = modality == Modality.ASSERTED ? Modality.PLANNED : modality;
            modalCue = join(modalCue, plan);
        }
        boolean ownFuture = plan != null && !g.first() && groupCue(t, g.from(), g.head(), Cues.FUTURE_AUX) != null;
        return new Mood(modality, modalCue, ownFuture);
    }

    /**
     * "The law takes effect on February 1", "the summit opens on 3 March": a third-person present
     * of an event that happens once tells of a day to come. (A headline's present reports a done
     * event, but headlines seldom name a day; TextAnalyzer turns their claims to the past afterwards.)
     */
    private static boolean scheduled(List<Token> t, Predicate main) {
        Token head = main.head();
        return main.aspect() == Aspect.PRESENT && head.is("VERB") && head.index() == main.start()
                && head.lower().endsWith("s") && !head.lower().equals(head.lemma())
                && Cues.eventualityOf(Lexicon.key(phrasal(t, head))) == Eventuality.ONCE;
    }

    /** Whether the group is passive; a bare verb after a passive one shares it ("was shot and killed"). */
    private static boolean passive(Clause c, Group g, boolean previousPassive) {
        List<Token> t = c.t();
        Token verb = g.first() ? c.main().head() : t.get(g.head());
        int from = g.from();
        boolean reducedRelative = g.bare() && from > 0 && (t.get(from - 1).is("NOUN") || t.get(from - 1).is("PROPN"))
                && participle(verb);
        return reducedRelative || g.first() && leadingParticiple(t, c.main().start(), verb)
                || passive(t, g.first() ? Math.max(0, c.main().start() - 4) : from, verb,
                g.bare() && previousPassive && !t.get(from - 1).is("NOUN"));
    }

    /** A past participle: a verb whose form differs from its lemma and is neither a gerund nor a third person. */
    private static boolean participle(Token verb) {
        return verb.is("VERB") && !verb.lower().equals(verb.lemma()) && !verb.lower().endsWith("ing") && !verb.lower().endsWith("s");
    }

    private static List<String> arguments(Clause c, Group g, Token verb, String predicate, boolean mainSubject) {
        List<Token> t = c.t();
        List<String> arguments = terms(t, g.from(), g.to(), verb.index(), c.excluded(), c.dates().words());
        if (c.main().absorbed() >= 0) {
            arguments.remove(Lexicon.key(t.get(c.main().absorbed()).lemma()));
            for (int i = c.main().start(); i < c.main().absorbed(); i++) {
                if (t.get(i).is("VERB")) {
                    arguments.remove(Lexicon.key(t.get(i).lemma())); // "denied plans to close": the denial is no term
                }
            }
        }
        arguments.removeAll(List.of(predicate));
        for (int i = Math.max(0, g.from()); i < verb.index(); i++) {
            if (t.get(i).is("VERB") && Cues.PLAN_VERBS.contains(t.get(i).lemma())) {
                arguments.remove(Lexicon.key(t.get(i).lemma())); // "has agreed to close": the plan's verb is its modality, no term
            }
        }
        for (int j = 1; j < predicateWords(t, verb); j++) {
            arguments.remove(Lexicon.key(t.get(verb.index() + j).norm())); // "took effect": "effect" is the verb's
        }
        if (mainSubject) {
            for (String m : c.subject().modifiers()) {
                if (!arguments.contains(m)) {
                    arguments.add(m);
                }
            }
        }
        return arguments;
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

    /** "saw the driver run a red light": the bare verb after a perception verb's object is the object's act. */
    private static Optional<List<String>> perceived(Clause c, Group g, Token verb) {
        Token main = c.main().head();
        List<Token> t = c.t();
        int before = g.from() - 1;
        if (!Cues.PERCEPTION.contains(main.lemma()) || before <= main.index() || !verb.lower().equals(verb.lemma())
                || !(t.get(before).is("NOUN") || t.get(before).is("PROPN"))
                || t.subList(c.main().start(), main.index()).stream().anyMatch(w -> Cues.NEGATORS.contains(w.lower()))) {
            return Optional.empty(); // "did not see the driver run it" says nothing of the driver
        }
        List<String> object = terms(t, main.index() + 1, g.from(), -1, c.excluded(), c.dates().words());
        return object.isEmpty() ? Optional.empty() : Optional.of(object);
    }

    /** "Syria, which has been criticised": the subject of a relative clause is the noun before the pronoun. */
    private static Optional<List<String>> relativeAntecedent(List<Token> t, int from, BitSet excluded, BitSet used) {
        int pronoun = from - 1;
        if (pronoun < 1) {
            return Optional.empty();
        }
        boolean relative = RELATIVE_PRONOUNS.contains(t.get(pronoun).lower());
        Token verb = t.get(from);
        boolean reduced = !relative && (t.get(pronoun).is("NOUN") || t.get(pronoun).is("PROPN")) && participle(verb);
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
                || !participle(verb)) {
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

    /** Verbs whose gerund after "of", "for" or "with" is alleged: "accused of taking bribes". */
    private static final Set<String> ALLEGATION = LexiconFile.load("allegation-verbs").words();
    private static final Set<String> ALLEGATION_PREPOSITIONS = Set.of("of", "for", "with");
    /** How far before its preposition an allegation verb may stand: "charged the driver with". */
    private static final int ALLEGED_OBJECT_WORDS = 4;

    /** The verb before a gerund that does not assert it ("considered resigning", "accused of taking"), or null. */
    private static String unassertedGerund(List<Token> t, Token verb) {
        int i = verb.index();
        if (!verb.is("VERB") || !verb.lower().endsWith("ing") || i < 1) {
            return null;
        }
        if (t.get(i - 1).is("VERB")) {
            return ASSERTING_GERUND.contains(t.get(i - 1).lemma()) ? null : t.get(i - 1).lower();
        }
        if (!ALLEGATION_PREPOSITIONS.contains(t.get(i - 1).lower())) {
            return null;
        }
        for (int j = i - 2; j >= Math.max(0, i - 2 - ALLEGED_OBJECT_WORDS) && !t.get(j).is("PUNCT"); j--) {
            if (t.get(j).is("VERB")) {
                return ALLEGATION.contains(t.get(j).lemma()) ? t.get(j).lower() : null;
            }
        }
        return null;
    }

    private static final Set<String> MULTIWORD_PREPOSITION = LexiconFile.load("multiword-preposition-heads").words();

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
        boolean copula = verb.is("AUX") && verb.lemma().equals("be"); // "is against", "is in favour of"
        if (!verb.is("VERB") && !copula) {
            return 1;
        }
        for (int n = 5; n >= 2; n--) {
            if (verb.index() + n > t.size() || copula && skippedAfterCopula(t.get(verb.index() + n - 1))) {
                continue;
            }
            String words = phrase(t, verb, n);
            if (!Lexicon.key(words).equals(words)) {
                return n;
            }
        }
        int next = verb.index() + 1;
        if (!copula && next < t.size() && Cues.PARTICLES.contains(t.get(next).lower()) && Lexicon.shared().isVerb(phrase(t, verb, 2))) {
            return 2;
        }
        return 1;
    }

    /**
     * The verb's lemma and the next words; a copula skips the adverbs of the clause and "not" right
     * after it ("is still at large", "is not in custody").
     */
    private static String phrase(List<Token> t, Token verb, int n) {
        boolean copula = verb.is("AUX") && verb.lemma().equals("be");
        StringBuilder words = new StringBuilder(verb.lemma());
        boolean leading = copula;
        for (int j = 1; j < n; j++) {
            Token w = t.get(verb.index() + j);
            // "knew nothing about": a negative pronoun between a verb and the rest of its phrase ("know about")
            boolean negativeObject = j == 1 && !copula && n > 2 && Cues.NEGATORS.contains(w.lower()) && (w.is("PRON") || w.is("NOUN"));
            leading = leading && skippedAfterCopula(w) || negativeObject;
            if (!leading) {
                words.append(' ').append(w.lower());
            }
        }
        return words.toString();
    }

    private static boolean skippedAfterCopula(Token w) {
        return CLAUSE_ADVERBS.contains(w.lower()) || w.is("PART") && Cues.NEGATORS.contains(w.lower());
    }

    private static final Set<String> CLAUSE_ADVERBS = LexiconFile.load("clause-adverbs").words();

    /** " still" of "is still at large": the adverb after a copula belongs to its verb group as written. */
    private static String clauseAdverb(List<Token> t, Token verb) {
        int next = verb.index() + 1;
        boolean copula = verb.is("AUX") && verb.lemma().equals("be");
        return copula && next < t.size() && CLAUSE_ADVERBS.contains(t.get(next).lower()) ? " " + t.get(next).text() : "";
    }

    private static final Set<String> PASSIVE_INFINITIVES = LexiconFile.load("passive-infinitives").words();

    /** "was killed", "has been arrested", and "shot and killed" after a passive verb. */
    private static boolean passive(List<Token> t, int from, Token verb, boolean coordinatedWithPassive) {
        if (verb.is("ADJ") && verb.lower().endsWith("ed")) {
            // "was (seriously) injured": an -ed adjective the lexicon folds into a verb reads as its passive
            String key = Lexicon.key(verb.lower());
            return !key.equals(verb.lower()) && Lexicon.shared().isVerb(key) && afterBe(t, from, verb);
        }
        if (!verb.is("VERB") || verb.lower().endsWith("ing")) {
            return false;
        }
        if (verb.index() > 0 && t.get(verb.index() - 1).lower().equals("to")) {
            // "was ready to sign": an infinitive is active unless "to be" comes first; "was to blame" is passive
            return PASSIVE_INFINITIVES.contains(verb.lemma()) && afterBe(t, from, t.get(verb.index() - 1));
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

    private static boolean afterBe(List<Token> t, int from, Token verb) {
        for (int i = from; i < verb.index(); i++) {
            if (t.get(i).is("AUX") && t.get(i).lemma().equals("be")) {
                return true;
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
            if (i == skip || excluded.get(i) || !w.isContent() && !OTHER_REFERENTS.contains(w.lower()) || SKIP_TERMS.contains(w.lemma())
                    || Cues.NEGATORS.contains(w.lower()) || w.is("NUM") || Quantities.isNumberWord(w.lower())
                    || GluedMeasures.read(w.text()) != null || Quantities.scaleOfNumber(t, i)
                    || used.get(i) && (!w.is("NOUN") || TimeExpressions.inRelativePeriod(t, i) || TimeExpressions.dayPart(t, i)
                        || TimeExpressions.clockSuffix(t, i))) {
                continue;
            }
            String term = Lexicon.key(w.norm());
            if (eventModifier(t, i, to, excluded)) {
                term = term + " " + Lexicon.key(t.get(i + 1).norm()); // "an attack drill" is a drill, no attack
            }
            if (!term.isBlank() && Character.isLetterOrDigit(term.charAt(0)) && !out.contains(term)) {
                out.add(term);
            }
        }
        return out;
    }

    private static final Set<String> UNASSERTING_HEADS = LexiconFile.load("unasserting-compound-heads").words();

    /**
     * A noun that names an event ("attack", "strike", "fire") right before a head that does not say
     * it happened ("drill", "talks"): the event noun stays joined to its head and never stands alone.
     */
    private static boolean eventModifier(List<Token> t, int i, int to, BitSet excluded) {
        boolean noun = t.get(i).is("NOUN") || i == 0 && t.get(i).is("PROPN"); // a first word is capitalised anyway
        return noun && i + 1 < to && t.get(i + 1).is("NOUN") && !excluded.get(i + 1)
                && UNASSERTING_HEADS.contains(t.get(i + 1).lemma()) && Lexicon.shared().isVerb(t.get(i).lemma());
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
