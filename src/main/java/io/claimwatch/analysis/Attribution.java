package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Separates reported speech from what is reported: "X said (that) Y", "Y, X said", "according
 * to X, Y". The report is attribution, not negation; only verbs like deny turn it around, and
 * verbs like doubt or believe weaken it.
 */
final class Attribution {

    private Attribution() {}

    private static final LexiconFile VERBS = LexiconFile.load("reporting-verbs");
    private static final Set<String> REPORTING = VERBS.heads().stream().filter(v -> !VERBS.withField("noun-only").contains(v))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Verbs that report a clause without "that": "Cook said the talks had begun". */
    private static final Set<String> BARE = VERBS.withField("bare");
    /** Adjectives of conviction whose "that" clause is the subject's claim. */
    private static final Set<String> STANCE = LexiconFile.load("stance-adjectives").words();
    private static final Set<String> NEGATING = VERBS.withField("denies");
    private static final Set<String> HEDGING = VERBS.withField("hedges");
    private static final Set<String> PLANNING = VERBS.withField("plans");
    /** Verbs that may follow what they report: "..., the minister told reporters", "..., police confirmed". */
    private static final Set<String> TRAILING = REPORTING.stream().filter(v -> !NEGATING.contains(v))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> TRUTH = LexiconFile.load("truth-words").heads();
    private static final Set<String> FALSITY = LexiconFile.load("truth-words").withField("false");

    static Segment split(List<Token> t) {
        Segment truth = truthOperator(t);
        if (truth != null) {
            return truth;
        }
        Segment debunked = debunked(t);
        if (debunked != null) {
            return debunked;
        }
        Segment unasserted = nounComplement(t);
        if (unasserted != null) {
            return unasserted;
        }
        List<Token> tokens = dropAccordingTo(t);
        String according = tokens.size() == t.size() ? null : Segment.words(t.subList(0, 0));
        if (tokens.size() != t.size()) {
            according = accordingWords(t);
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token verb = tokens.get(k);
            int stance = STANCE.contains(verb.lemma()) && (verb.is("ADJ") || verb.is("VERB")) && k > 0 ? stanceThat(tokens, k) : -1;
            if (stance > 0) {
                // "Sudan is adamant that it will never accept ...": the subject's own claim
                return reported(tokens.subList(stance + 1, tokens.size()), subjectBefore(tokens, k), verb, tokens, k);
            }
            if (!verb.is("VERB") || !REPORTING.contains(verb.lemma())) {
                continue;
            }
            int that = thatAfter(tokens, k);
            if (that > 0 && that + 1 < tokens.size()) {
                return reported(tokens.subList(that + 1, tokens.size()), tokens.subList(0, that), verb, tokens, k);
            }
            if (k + 1 < tokens.size() && startsClause(tokens, k + 1) && BARE.contains(verb.lemma())
                    && hasFiniteVerb(tokens.subList(k + 1, tokens.size()))) {
                return reported(tokens.subList(k + 1, tokens.size()), tokens.subList(0, k + 1), verb, tokens, k);
            }
            int comma = TRAILING.contains(verb.lemma()) ? trailingAttribution(tokens, k) : -1;
            if (comma > 0) {
                return reported(tokens.subList(0, comma), tokens.subList(comma + 1, tokens.size()), verb, tokens, k);
            }
        }
        if (according != null) {
            return new Segment(tokens, according, false, null, Modality.ASSERTED, null);
        }
        return Segment.plain(tokens);
    }

    /** Nouns whose "that" clause is reported or supposed, not asserted: "reports that", "no evidence that". */
    private static final Set<String> UNASSERTING_NOUNS = LexiconFile.load("unasserting-nouns").heads();

    /**
     * "Officials dismissed claims of a ceasefire", "Reports of the singer's death are a hoax": the
     * report is debunked, so what it reports did not happen. Read as "there was no X".
     */
    private static Segment debunked(List<Token> t) {
        Segment compound = debunkedCompound(t);
        if (compound != null) {
            return compound;
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            Token noun = t.get(i);
            if (!noun.is("NOUN") || !Cues.REPORT_NOUNS.contains(noun.lemma()) || !t.get(i + 1).lower().equals("of")) {
                continue;
            }
            Token denial = denialBefore(t, i);
            int end = i + 2;
            while (end < t.size() && !t.get(end).is("PUNCT") && !(t.get(end).is("AUX") || t.get(end).is("VERB"))) {
                end++;
            }
            if (end == i + 2) {
                return null;
            }
            String falsity = denial == null ? falsityAfter(t, end) : null;
            if (denial == null && falsity == null) {
                return null;
            }
            List<Token> act = possessorsAct(t.subList(i + 2, end));
            List<Token> content = act != null ? act : thereWas(t.subList(i + 2, end));
            String cue = denial != null ? denial.text() + " " + noun.text() + " of" : noun.text() + " of ... " + falsity;
            return new Segment(content, Segment.words(t.subList(0, i + 2)), true, cue, Modality.ASSERTED, null);
        }
        return null;
    }

    /**
     * "Minister denies resignation rumours", "the army dismissed ceasefire reports": a denial verb, then
     * the reported thing as a noun before the report noun. An act the denier would have done is denied
     * of the denier ("the minister did not resign"); anything else is read as "there was no ceasefire".
     */
    private static Segment debunkedCompound(List<Token> t) {
        for (int i = 2; i < t.size(); i++) {
            Token noun = t.get(i);
            if (!noun.is("NOUN") && !noun.is("PROPN") || !Cues.REPORT_NOUNS.contains(noun.lemma().toLowerCase(java.util.Locale.ROOT))
                    || !nounLike(t.get(i - 1)) || Cues.REPORT_NOUNS.contains(t.get(i - 1).lemma())
                    || i + 1 < t.size() && t.get(i + 1).lower().equals("that")) {
                continue; // "rebel claims that a helicopter was downed": the that-clause says what is denied
            }
            int from = i - 1;
            while (from > 0 && nounLike(t.get(from - 1)) && !NEGATING.contains(t.get(from - 1).lemma().toLowerCase(java.util.Locale.ROOT))) {
                from--; // "ceasefire violation reports"
            }
            Token denial = from > 0 && NEGATING.contains(t.get(from - 1).lemma().toLowerCase(java.util.Locale.ROOT)) ? t.get(from - 1) : null;
            if (denial == null) {
                continue;
            }
            int verbAt = from - 1;
            String act = Lexicon.key(t.get(i - 1).lemma().toLowerCase(java.util.Locale.ROOT));
            List<Token> content;
            if (verbAt > 0 && from == i - 1 && Lexicon.shared().isVerb(act)) {
                // "Minister denies resignation rumours": the denier's own act, "the minister did not resign"
                content = new ArrayList<>(t.subList(0, verbAt));
                content.add(new Token(0, act, "VERB", act));
                content = Token.renumbered(content);
            } else {
                content = thereWas(t.subList(from, i));
            }
            return new Segment(content, Segment.words(t.subList(0, from)), true, denial.text() + " ... " + noun.text(),
                    Modality.ASSERTED, null);
        }
        return null;
    }

    /**
     * "the minister's resignation", "the singer's death": an owner and an event noun that is also a verb
     * (the synonym key of "resignation" is "resign"), read as the owner's act ("the minister resigned"), so
     * that debunking the report denies the act; null for anything else.
     */
    private static List<Token> possessorsAct(List<Token> phrase) {
        int last = phrase.size() - 1;
        if (last < 2 || !phrase.get(last).is("NOUN") || !phrase.get(last - 1).lower().startsWith("'")) {
            return null;
        }
        String act = Lexicon.key(phrase.get(last).lemma().toLowerCase(java.util.Locale.ROOT));
        if (act.equals(phrase.get(last).lemma()) || !Lexicon.shared().isVerb(act)) {
            return null; // "the minister's car" names no act
        }
        List<Token> content = new ArrayList<>(phrase.subList(0, last));
        content.add(new Token(0, phrase.get(last).text(), "VERB", act)); // its words kept, for the explanation
        return Token.renumbered(content);
    }

    /** "There was" and the debunked thing: what a debunked report is read as. */
    private static List<Token> thereWas(List<Token> thing) {
        List<Token> words = new ArrayList<>(List.of(new Token(0, "there", "PRON", "there"), new Token(1, "was", "VERB", "be")));
        words.addAll(thing);
        return Token.renumbered(words);
    }

    /** A noun, or a headline's capitalised word the tagger took for a name ("Denies Resignation Rumours"). */
    private static boolean nounLike(Token w) {
        return w.is("NOUN") || w.is("PROPN");
    }

    /** "are a hoax", "were entirely false": a copula and a falsity word right after {@code from}; null when not so. */
    private static String falsityAfter(List<Token> t, int from) {
        if (from >= t.size() || !t.get(from).lemma().equals("be")) {
            return null;
        }
        for (int i = from + 1; i < Math.min(t.size(), from + 4); i++) {
            if (FALSITY.contains(t.get(i).lemma()) || FALSITY.contains(t.get(i).lower())) {
                return t.get(i).lower();
            }
            if (!(t.get(i).is("DET") || t.get(i).is("ADV"))) {
                return null;
            }
        }
        return null;
    }

    /** Where ", the utility said" starts at the end of a reported clause (its comma), or -1. */
    private static int trailingAttribution(List<Token> content) {
        int last = content.size() - 1;
        while (last > 0 && content.get(last).is("PUNCT")) {
            last--;
        }
        for (int comma = last - 1; comma > 0; comma--) {
            if (!content.get(comma).text().equals(",")) {
                continue;
            }
            for (int i = comma + 1; i <= last; i++) {
                Token w = content.get(i);
                // the tagger may take a last "said" for a noun ("its chief executive said")
                if (TRAILING.contains(w.lemma()) && (w.is("VERB") || i == last && w.lower().endsWith("d"))) {
                    return comma;
                }
            }
        }
        return -1;
    }

    /** Who a trailing attribution names, from the comma at {@code comma} to the end ("the utility said"). */
    private static String speakerAfter(List<Token> content, int comma) {
        return Segment.words(content.subList(comma + 1, content.size())).replaceAll("[\\s\\p{P}]+$", "");
    }

    /** "are untrue" from {@code from} to {@code to}, ending a reported clause, and who said so after it. */
    private record Falsity(int from, int to, String speaker) {
    }

    /** Where "are untrue" / "were false" ends a reported clause ("... are untrue."), or null. */
    private static Falsity falsityTail(List<Token> content) {
        int end = content.size();
        String speaker = null;
        int comma = trailingAttribution(content);
        if (comma > 0) {
            // "claims that P are false, the utility said": the falsity ends before who said it
            speaker = speakerAfter(content, comma);
            end = comma;
        }
        while (end > 0 && content.get(end - 1).is("PUNCT")) {
            end--;
        }
        for (int be = end - 2; be >= Math.max(1, end - 4); be--) {
            if (content.get(be).lemma().equals("be") && falsityAfter(content.subList(0, end), be) != null
                    && content.subList(be + 1, end).stream().allMatch(w -> w.is("DET") || w.is("ADV")
                        || FALSITY.contains(w.lemma()) || FALSITY.contains(w.lower()))) {
                return new Falsity(be, end, speaker);
            }
        }
        return null;
    }

    private static Segment nounComplement(List<Token> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            Token noun = t.get(i - 1);
            if (t.get(i).lower().equals("that") && noun.is("NOUN") && UNASSERTING_NOUNS.contains(noun.lemma())
                    && !(t.get(i + 1).is("VERB") || t.get(i + 1).is("AUX"))) {
                List<Token> content = t.subList(i + 1, t.size());
                Falsity falsity = Cues.REPORT_NOUNS.contains(noun.lemma()) ? falsityTail(content) : null;
                if (falsity != null && falsity.from() > 0) {
                    // "rumours that the club has been sold are untrue": the club has not been sold
                    List<Token> reported = content.subList(0, falsity.from());
                    String cue = noun.text() + " that ... " + Segment.words(content.subList(falsity.from(), falsity.to()))
                            .replaceAll("[\\s\\p{P}]+$", "");
                    String source = falsity.speaker() != null ? falsity.speaker() : Segment.words(t.subList(0, i + 1));
                    return new Segment(reported, source, true, cue, Modality.ASSERTED, null);
                }
                int debunk = debunkingPhraseBefore(t, i - 1);
                if (debunk >= 0) {
                    // "there is no truth to reports that the minister is ill(, his office said)": he is not
                    int comma = trailingAttribution(content);
                    List<Token> reported = comma > 0 ? content.subList(0, comma) : content;
                    String source = comma > 0 ? speakerAfter(content, comma) : Segment.words(t.subList(0, i + 1));
                    return new Segment(reported, source, true, Segment.words(t.subList(debunk, i + 1)), Modality.ASSERTED, null);
                }
                Token denial = denialBefore(t, i - 1);
                if (denial != null) {
                    // "officials denied reports that the dam had burst": they deny that it burst
                    return new Segment(content, Segment.words(t.subList(0, i + 1)), true, denial.text(), Modality.ASSERTED, null)
                            .withSource(t.subList(0, denial.index() < i ? Math.max(0, t.indexOf(denial)) : 0));
                }
                return new Segment(content, Segment.words(t.subList(0, i + 1)), false, null, Modality.HEDGED,
                        Segment.words(t.subList(Math.max(0, i - 2), i)));
            }
        }
        return null;
    }

    private static final List<List<String>> DEBUNKING = LexiconFile.load("debunking-phrases").rows().stream()
            .map(r -> List.of(r.get(0).split(" "))).toList();

    /** Where a debunking phrase ("no truth to") ends right before the report noun (an article between allowed), or -1. */
    private static int debunkingPhraseBefore(List<Token> t, int noun) {
        int end = noun > 0 && t.get(noun - 1).is("DET") ? noun - 1 : noun;
        for (List<String> phrase : DEBUNKING) {
            int start = end - phrase.size();
            if (start >= 0 && t.subList(start, end).stream().map(Token::lower).toList().equals(phrase)) {
                return start;
            }
        }
        return -1;
    }

    private static Token denialBefore(List<Token> t, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 4); k--) {
            Token w = t.get(k);
            if (w.is("VERB") && NEGATING.contains(w.lemma())) {
                return w;
            }
        }
        return null;
    }

    /** How far into a sentence "true that" / "untrue that" may stand: "the palace said it was categorically untrue that". */
    private static final int TRUTH_REACH = 12;

    /** "It is not the case that X", "It is false that X": a negation of X. "It is true that X" is X. */
    private static Segment truthOperator(List<Token> t) {
        for (int i = 1; i + 1 < Math.min(t.size(), TRUTH_REACH); i++) {
            if (!t.get(i).lower().equals("that") || !TRUTH.contains(t.get(i - 1).lower())) {
                continue;
            }
            int negations = FALSITY.contains(t.get(i - 1).lower()) ? 1 : 0;
            boolean copula = false;
            for (int k = 0; k < i - 1; k++) {
                String w = t.get(k).lower();
                negations += w.equals("not") || w.equals("n't") ? 1 : 0;
                copula |= t.get(k).lemma().equals("be");
            }
            if (copula) {
                List<Token> content = t.subList(i + 1, t.size());
                int comma = trailingAttribution(content); // "It is not true that the plant will close, the owner said"
                String speaker = comma > 0 ? speakerAfter(content, comma) : null;
                content = comma > 0 ? content.subList(0, comma) : content;
                boolean negated = negations % 2 == 1;
                return new Segment(content, speaker, negated, negated ? Segment.words(t.subList(0, i + 1)) : null,
                        Modality.ASSERTED, null);
            }
        }
        return null;
    }

    /** "adamant that", "as adamant as ever that". */
    private static int stanceThat(List<Token> t, int k) {
        for (int i = k + 1; i < Math.min(t.size() - 1, k + 5); i++) {
            String w = t.get(i).lower();
            if (w.equals("that")) {
                return i;
            }
            if (!(w.equals("as") || w.equals("ever") || t.get(i).is("ADV"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The words before the copula of "X is adamant that ...". */
    private static List<Token> subjectBefore(List<Token> t, int k) {
        for (int i = 0; i < k; i++) {
            if (t.get(i).lemma().equals("be")) {
                return t.subList(0, i);
            }
        }
        return t.subList(0, k);
    }

    private static Segment reported(List<Token> content, List<Token> source, Token verb, List<Token> all, int k) {
        return reportedBy(content, source, verb, all, k).withSource(source.subList(0, Math.min(source.size(),
                Math.max(0, source.indexOf(verb)) > 0 ? source.indexOf(verb) : source.size())));
    }

    private static Segment reportedBy(List<Token> content, List<Token> source, Token verb, List<Token> all, int k) {
        String who = Segment.words(source.stream().filter(x -> !x.text().equals("\"") && !x.text().equals(",")).toList());
        boolean reportNegated = k > 0 && (all.get(k - 1).lower().equals("not") || all.get(k - 1).lower().equals("n't")
                || all.get(k - 1).lower().equals("never"));
        List<Token> clean = content.stream().filter(x -> !x.text().equals("\"")).toList();
        if (reportNegated) {
            return new Segment(clean, who, false, null, Modality.HEDGED, "not " + verb.text());
        }
        if (NEGATING.contains(verb.lemma()) && REPORTING.contains(verb.lemma())) {
            return new Segment(clean, who, true, verb.text(), Modality.ASSERTED, null);
        }
        if (HEDGING.contains(verb.lemma())) {
            return new Segment(clean, who, false, null, Modality.HEDGED, verb.text());
        }
        if (PLANNING.contains(verb.lemma())) {
            return new Segment(clean, who, false, null, Modality.PLANNED, verb.text());
        }
        return new Segment(clean, who, false, null, Modality.ASSERTED, null);
    }

    /** "told Yonhap News on Wednesday that ...": the complementiser within a few words of the verb. */
    private static int thatAfter(List<Token> t, int k) {
        for (int i = k + 1; i < Math.min(t.size(), k + 9); i++) {
            Token w = t.get(i);
            boolean relative = i + 1 < t.size() && (t.get(i + 1).is("VERB") || t.get(i + 1).is("AUX"));
            if (w.lower().equals("that") && !relative) {
                return i;
            }
            if (w.is("VERB") || w.is("AUX") || w.text().equals(";") || w.text().equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsClause(List<Token> t, int i) {
        Token w = t.get(i);
        return switch (w.tag()) {
            case "DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ" -> !w.lower().equals("that") && !w.lower().equals("what");
            default -> false;
        };
    }

    /** A verb of a clause of its own, not an infinitive or a gerund: "denied plans to cut" reports no clause. */
    private static boolean hasFiniteVerb(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            boolean infinitive = i > 0 && t.get(i - 1).lower().equals("to");
            if (x.is("AUX") && !infinitive || x.is("VERB") && !infinitive && !x.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerb(List<Token> t) {
        return t.stream().anyMatch(x -> x.is("VERB") || x.is("AUX"));
    }

    /** "Y, X said." / "Y, said X.": the reporting verb after the last comma, with no other verb around it. */
    private static int trailingAttribution(List<Token> t, int k) {
        int comma = -1;
        for (int i = k - 1; i >= 0; i--) {
            if (t.get(i).text().equals(",")) {
                comma = i;
                break;
            }
            if (t.get(i).is("VERB")) {
                return -1;
            }
        }
        if (comma <= 0 || !hasVerb(t.subList(0, comma)) || t.size() - comma > 12) {
            return -1;
        }
        for (int i = comma + 1; i < k; i++) {
            boolean possessive = t.get(i).is("PART") && t.get(i).text().startsWith("'"); // "the bank's chief executive said"
            if (t.get(i).is("AUX") || t.get(i).is("PART") && !possessive || t.get(i).is("SCONJ") || t.get(i).is("CCONJ")) {
                return -1; // "..., but it had not been shown": a clause, not a speaker
            }
        }
        for (int i = k + 1; i < t.size(); i++) {
            if (t.get(i).is("VERB")) {
                return -1;
            }
        }
        return comma;
    }

    private static List<Token> dropAccordingTo(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).lower().equals("according") && t.get(i + 1).lower().equals("to")) {
                int end = i + 2;
                while (end < t.size() && !t.get(end).text().equals(",") && !t.get(end).text().equals(".")) {
                    end++;
                }
                List<Token> rest = new ArrayList<>(t.subList(0, i));
                if (!rest.isEmpty() && rest.get(rest.size() - 1).text().equals(",")) {
                    rest.remove(rest.size() - 1);
                }
                rest.addAll(t.subList(Math.min(t.size(), end + (end < t.size() && t.get(end).text().equals(",") ? 1 : 0)), t.size()));
                return rest;
            }
        }
        return t;
    }

    private static String accordingWords(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).lower().equals("according")) {
                int end = i + 2;
                while (end < t.size() && !t.get(end).text().equals(",") && !t.get(end).text().equals(".")) {
                    end++;
                }
                return Segment.words(t.subList(i, end));
            }
        }
        return null;
    }
}
