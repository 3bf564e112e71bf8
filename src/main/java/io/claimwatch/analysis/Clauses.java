package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a segment into clauses at semicolons and at conjunctions that join two clauses with
 * their own verbs ("the talks have not begun, and there is no timetable"), but not inside
 * coordinated verbs or nouns ("wounded and killed", "the US and South Korea").
 */
final class Clauses {

    private Clauses() {}

    record Clause(List<Token> tokens, boolean conditional) {}

    private static final Set<String> JOINERS = LexiconFile.load("clause-joiners").words();
    private static final Set<String> ALWAYS = LexiconFile.load("clause-joiners-always").words();
    private static final Set<String> EXCEPTIVE_BEFORE_BUT = LexiconFile.load("exceptive-before-but").words();
    private static final Set<String> PERSONAL = LexiconFile.load("personal-pronouns").words();
    /** Clauses that state a condition, not a fact: "if", "unless", "whether", generic "when(ever)". */
    private static final Set<String> CONDITIONAL = LexiconFile.load("conditional-words").words();

    static List<Clause> split(List<Token> t) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        boolean conditional = startsConditional(t, 0);
        for (int i = 1; i < t.size(); i++) {
            Token w = t.get(i);
            boolean cut = w.text().equals(";") || w.text().equals(":")
                    || w.text().equals(",") && SUBORDINATORS.contains(t.get(start).lower()) && mainClauseFollows(t, i + 1)
                    || w.text().equals(",") && hasVerb(t.subList(start, i)) && i + 1 < t.size()
                    && t.get(i + 1).is("PRON") && PERSONAL.contains(t.get(i + 1).lower()) && subjectFollows(t, i + 1);
            boolean exceptive = w.lower().equals("but") && EXCEPTIVE_BEFORE_BUT.contains(t.get(i - 1).lower());
            if (!cut && !exceptive && JOINERS.contains(w.lower()) && (w.is("CCONJ") || w.is("SCONJ") || w.is("ADV"))) {
                boolean comma = t.get(i - 1).text().equals(",");
                boolean leftHasVerb = hasVerb(t.subList(start, i));
                boolean rightIsClause = rightIsClause(t, i + 1);
                cut = leftHasVerb && rightIsClause && (comma || ALWAYS.contains(w.lower()) || subjectFollows(t, i + 1));
            }
            if (cut) {
                add(out, t.subList(start, i), conditional);
                start = i + (w.is("PUNCT") ? 1 : 0);
                conditional = CONDITIONAL.contains(w.lower());
            }
        }
        add(out, t.subList(start, t.size()), conditional);
        out = out.stream().flatMap(c -> coordinatedPredicates(c).stream()).toList();
        return disjunction(t) ? out.stream().map(c -> new Clause(c.tokens(), true)).toList() : out;
    }

    /**
     * "The suspect is alive and in hospital": two predicates of one subject and copula, read as two
     * clauses ("the suspect is alive", "the suspect is in hospital"), so neither carries the other's words.
     */
    private static List<Clause> coordinatedPredicates(Clause c) {
        List<Token> t = c.tokens();
        for (int be = 1; be + 3 < t.size(); be++) {
            if (!(t.get(be).is("AUX") || t.get(be).is("VERB")) || !t.get(be).lemma().equals("be")) {
                continue;
            }
            int adjective = be + 1;
            while (adjective < t.size() && t.get(adjective).is("ADV")) {
                adjective++;
            }
            int and = adjective + 1;
            if (and + 1 < t.size() && t.get(adjective).is("ADJ") && t.get(and).lower().equals("and")
                    && (t.get(and + 1).is("ADJ") || t.get(and + 1).is("ADP")) && !hasVerb(t.subList(and + 1, t.size()))) {
                List<Token> second = new ArrayList<>(t.subList(0, be + 1));
                second.addAll(t.subList(and + 1, t.size()));
                return List.of(new Clause(List.copyOf(t.subList(0, and)), c.conditional()), new Clause(second, c.conditional()));
            }
            return List.of(c);
        }
        return List.of(c);
    }

    /** "Either X or Y" asserts neither X nor Y on its own. */
    private static boolean disjunction(List<Token> t) {
        boolean either = t.stream().anyMatch(x -> x.lower().equals("either"));
        boolean or = t.stream().anyMatch(x -> x.lower().equals("or") && x.is("CCONJ"));
        return either && or;
    }

    /** A clause opening with one of these ends at the comma before the main clause: "If X, Y". */
    private static final Set<String> SUBORDINATORS = LexiconFile.load("subordinators").words();

    private static boolean mainClauseFollows(List<Token> t, int from) {
        if (from >= t.size() || !Set.of("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM").contains(t.get(from).tag())) {
            return false;
        }
        for (int i = from + 1; i < Math.min(t.size(), from + 10); i++) {
            if (t.get(i).is("VERB") || t.get(i).is("AUX")) {
                return true;
            }
            if (t.get(i).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsConditional(List<Token> t, int i) {
        if (i < t.size() && CONDITIONAL.contains(t.get(i).lower())) {
            return true;
        }
        return i + 1 < t.size() && t.get(i).lower().equals("even") && t.get(i + 1).lower().equals("if");
    }

    private static void add(List<Clause> out, List<Token> tokens, boolean conditional) {
        List<Token> trimmed = new ArrayList<>(tokens);
        while (!trimmed.isEmpty() && (trimmed.get(0).is("PUNCT") || trimmed.get(0).is("CCONJ"))) {
            trimmed.remove(0);
        }
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).is("PUNCT")) {
            trimmed.remove(trimmed.size() - 1);
        }
        if (!trimmed.isEmpty()) {
            out.add(new Clause(trimmed, conditional || startsConditional(trimmed, 0)));
        }
    }

    private static boolean hasVerb(List<Token> t) {
        return t.stream().anyMatch(x -> x.is("VERB") || x.is("AUX"));
    }

    private static boolean rightIsClause(List<Token> t, int from) {
        return from < t.size() && hasVerb(t.subList(from, Math.min(t.size(), from + 12)));
    }

    /** A subject then a verb: "and Mary left", not "and killed". */
    private static boolean subjectFollows(List<Token> t, int from) {
        if (from >= t.size()) {
            return false;
        }
        String tag = t.get(from).tag();
        if (!Set.of("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ").contains(tag)) {
            return false;
        }
        for (int i = from + 1; i < Math.min(t.size(), from + 7); i++) {
            if (t.get(i).is("VERB") || t.get(i).is("AUX")) {
                return true;
            }
            if (t.get(i).is("ADP") || t.get(i).is("PUNCT")) {
                return false;
            }
        }
        return false;
    }
}
