package io.claimwatch.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A relative clause says its own thing about the noun it follows: "The minister, who the opposition
 * says lied, denied the charges" claims that he denied them and reports that he lied; "the plan
 * that the union rejected was approved" says the union rejected the plan. Read as two sentences,
 * with the noun put back where the relative pronoun left a gap, so the clause keeps its own
 * subject, verb and date and is not merged into the main clause.
 */
final class RelativeClauses {

    private RelativeClauses() {}

    /** The sentence without the relative clause, and the clause as a sentence of its own. */
    record Split(String main, String relative) {}

    private static final Set<String> PRONOUNS = LexiconFile.load("relative-pronouns").words();
    private static final Set<String> CONTENT_NOUNS = LexiconFile.load("unasserting-nouns").heads();
    private static final Set<String> FACT_NOUNS = LexiconFile.load("fact-nouns").words();
    /** Verbs of saying and thinking that take a clause without "that": "says (that) he lied". */
    private static final Set<String> SAYING = LexiconFile.load("reporting-verbs").withField("bare");
    /** Verbs that report what they say in a that-clause ("told reporters that"), denials aside. */
    private static final Set<String> TELLING = telling();
    private static final Set<String> NOUN_PHRASE = LexiconFile.load("noun-phrase-tags").words();

    private static Set<String> telling() {
        LexiconFile verbs = LexiconFile.load("reporting-verbs");
        Set<String> out = new java.util.HashSet<>(verbs.heads());
        out.removeAll(verbs.withField("denies"));
        return Set.copyOf(out);
    }

    static Optional<Split> find(List<Token> t) {
        for (int p = 1; p + 2 < t.size(); p++) {
            Optional<Split> split = at(t, p);
            if (split.isPresent()) {
                return split;
            }
        }
        return Optional.empty();
    }

    private static Optional<Split> at(List<Token> t, int p) {
        String pronoun = t.get(p).lower();
        boolean comma = t.get(p - 1).text().equals(",");
        int noun = comma ? p - 2 : p - 1;
        if (!PRONOUNS.contains(pronoun) || noun < 0 || !(t.get(noun).is("NOUN") || t.get(noun).is("PROPN"))
                || pronoun.equals("that") && (comma || contentClause(t, noun))) {
            return Optional.empty(); // "reports that the dam burst" states the reports' content
        }
        int first = antecedentStart(t, noun);
        List<Token> antecedent = lowered(t.subList(first, noun + 1));
        boolean mainVerbBefore = hasVerb(t.subList(0, first));
        int subjectEnd = nounPhraseEnd(t, p + 1);
        int verbEnd = verbGroupEnd(t, subjectEnd);
        if (verbEnd < 0) {
            return Optional.empty();
        }
        int end;
        List<Token> gapped; // the clause with the noun put back into its gap
        if (subjectEnd == p + 1) {
            // "who resigned on Monday": the noun is the subject
            end = clauseEnd(t, verbEnd, comma, mainVerbBefore);
            gapped = end < 0 ? null : join(antecedent, t.subList(p + 1, end));
        } else {
            int inner = verbGroupEnd(t, verbEnd);
            if (SAYING.contains(t.get(verbEnd - 1).lemma()) && inner > verbEnd) {
                // "who the opposition says lied": the noun is the subject of the reported verb
                end = clauseEnd(t, inner, comma, mainVerbBefore);
                gapped = end < 0 ? null : join(t.subList(p + 1, verbEnd), antecedent, t.subList(verbEnd, end));
            } else {
                if (verbEnd < t.size() && (NOUN_PHRASE.contains(t.get(verbEnd).tag()) || t.get(verbEnd).is("PRON"))) {
                    return Optional.empty(); // the verb has an object of its own: no gap for the noun
                }
                // "that the union rejected": the noun is the object
                end = clauseEnd(t, verbEnd, comma, mainVerbBefore);
                gapped = end < 0 ? null : join(t.subList(p + 1, verbEnd), antecedent, t.subList(verbEnd, end));
            }
        }
        if (gapped == null) {
            return Optional.empty();
        }
        int cut = comma ? p - 1 : p;
        int resume = comma && end < t.size() && t.get(end).text().equals(",") ? end + 1 : end;
        String main = Segment.words(join(t.subList(0, cut), t.subList(resume, t.size())));
        return Optional.of(new Split(main, Segment.words(gapped) + "."));
    }

    @SafeVarargs
    private static List<Token> join(List<Token>... parts) {
        List<Token> out = new java.util.ArrayList<>();
        for (List<Token> part : parts) {
            out.addAll(part);
        }
        return out;
    }

    /** "told reporters that ...", "news that ...": a that-clause stating content, not a relative clause. */
    private static boolean contentClause(List<Token> t, int noun) {
        String lemma = t.get(noun).lemma();
        if (CONTENT_NOUNS.contains(lemma) || FACT_NOUNS.contains(lemma)) {
            return true;
        }
        for (int i = noun - 1; i >= 0; i--) {
            if (t.get(i).is("VERB") || t.get(i).is("AUX")) {
                // "told reporters that", "said on Monday that": the that-clause is what was said
                return TELLING.contains(t.get(i).lemma());
            }
        }
        return false;
    }

    private static int antecedentStart(List<Token> t, int noun) {
        int start = noun;
        while (start > 0 && (NOUN_PHRASE.contains(t.get(start - 1).tag()) || t.get(start - 1).text().equals("'s"))) {
            start--;
        }
        return start;
    }

    /** The end of a subject right after the pronoun ("the union", "he"), or {@code from} when there is none. */
    private static int nounPhraseEnd(List<Token> t, int from) {
        if (from < t.size() && t.get(from).is("PRON") && !PRONOUNS.contains(t.get(from).lower())) {
            return from + 1;
        }
        int i = from;
        while (i < t.size() && (NOUN_PHRASE.contains(t.get(i).tag()) || t.get(i).text().equals("'s"))) {
            i++;
        }
        return i;
    }

    /** After auxiliaries, adverbs and "not", the position after the verb (or copula); -1 when no verb starts here. */
    private static int verbGroupEnd(List<Token> t, int from) {
        int i = from;
        boolean verb = false;
        while (i < t.size() && (t.get(i).is("AUX") || t.get(i).is("PART") || t.get(i).is("ADV") || t.get(i).is("VERB"))) {
            verb |= t.get(i).is("AUX") || t.get(i).is("VERB");
            if (t.get(i).is("VERB")) {
                return i + 1;
            }
            i++;
        }
        return verb ? i : -1;
    }

    /**
     * Where the relative clause ends: at the comma that closes it, or the end of the sentence; a
     * clause on the subject without commas ends where the main verb group starts ("the plan that
     * the union rejected | was approved"). -1 when that cannot be told.
     */
    private static int clauseEnd(List<Token> t, int from, boolean comma, boolean mainVerbBefore) {
        for (int i = from; i < t.size(); i++) {
            Token w = t.get(i);
            if (w.is("PUNCT") && !w.text().equals("-") && !w.text().equals("'s")) {
                return comma || mainVerbBefore ? i : -1; // a clause on the subject needs the main verb after it
            }
            if (!comma && !mainVerbBefore && (w.is("AUX") || w.is("VERB") || pastFormReadAsNoun(t, i))) {
                Token before = t.get(i - 1);
                boolean fresh = i == from ? !w.lower().endsWith("ing") : !(before.is("AUX") || before.is("VERB") || before.is("PART") || before.is("CCONJ") || before.is("PRON")
                        || before.is("SCONJ") || before.lower().equals("to"));
                if (fresh) {
                    return i;
                }
                return -1; // "who said he fled": a verb that is not the main verb's start
            }
            if (w.is("SCONJ") || w.is("PRON") && PRONOUNS.contains(w.lower())) {
                return -1; // another clause inside: leave the sentence whole
            }
        }
        return comma || mainVerbBefore ? t.size() - (t.get(t.size() - 1).is("PUNCT") ? 1 : 0) : -1;
    }

    /** The noun phrase as it reads inside a sentence: a leading article in lower case. */
    private static List<Token> lowered(List<Token> phrase) {
        List<Token> out = new java.util.ArrayList<>(phrase);
        Token first = phrase.get(0);
        if (first.is("DET")) {
            out.set(0, new Token(first.index(), first.lower(), first.tag(), first.lemma()));
        }
        return out;
    }

    /** "The ferry that was inspected on Friday sank": a past form the tagger took for a noun. */
    private static boolean pastFormReadAsNoun(List<Token> t, int i) {
        Token w = t.get(i);
        if (!w.is("NOUN") || w.lower().endsWith("s") || !(t.get(i - 1).is("NOUN") || t.get(i - 1).is("PROPN"))) {
            return false;
        }
        String base = Lexicon.shared().verbBaseOf(w.lower(), w.lemma());
        return base != null && !base.equals(w.lower()) && !base.equals(w.lemma());
    }

    private static boolean hasVerb(List<Token> words) {
        return words.stream().anyMatch(w -> w.is("VERB") || w.is("AUX"));
    }

}
