package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs tagger slips that matter for claims: lowercase words tagged as names ("irreversible"),
 * capitalised names tagged as verbs ("Sir Mike Rake said"), and bare verbs after a modal
 * tagged as nouns or adjectives ("will directly damage").
 */
final class Retagger {

    private Retagger() {}

    private static final Set<String> MODALS = LexiconFile.load("verb-introducers").words();
    /** What a subject ends in, right before its verb. */
    private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "PRON");

    static List<Token> repair(List<Token> input, Lexicon lexicon) {
        List<Token> in = pastFormsBeforeFigures(input, lexicon);
        List<Token> out = new ArrayList<>(in.size());
        boolean verbRecovered = false;
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (verbRecovered && t.is("VERB") && t.lower().endsWith("ing") && i + 1 < in.size() && in.get(i + 1).is("NOUN")
                    && lexicon.isNoun(t.lower())) {
                t = new Token(t.index(), t.text(), "NOUN", t.lower()); // "froze parking charges": the tagger's verb was its guess
            }
            verbRecovered = false;
            String text = t.text();
            boolean capital = !text.isEmpty() && Character.isUpperCase(text.charAt(0));
            boolean lower = !text.isEmpty() && Character.isLowerCase(text.charAt(0));
            String past;
            if (t.is("AUX") && !AUXILIARIES.contains(t.lemma())) {
                t = new Token(t.index(), text, "VERB", t.lemma()); // "sounded" is no auxiliary
            } else if (t.is("DET") && capital && !DETERMINER_WORDS.contains(t.lower())) {
                t = new Token(t.index(), text, "PROPN", t.lower()); // "Acme laid off": a name the tagger did not know
            } else if (t.is("PROPN") && lower) {
                t = new Token(t.index(), text, adjectiveShaped(t.lower()) ? "ADJ" : "NOUN", t.lower());
            } else if (i == 0 && capital && t.is("VERB") && in.size() > 1 && (in.get(1).is("NOUN") || in.get(1).is("VERB")) && in.get(1).lowerCase()
                    && in.get(1).lower().endsWith("s") && lexicon.isVerb(in.get(1).lemma())
                    && lexicon.verbBaseOf(t.lower(), t.lower()) == null && !lexicon.isVerb(t.lower())) {
                t = new Token(t.index(), text, "PROPN", t.lower()); // "Tellco plans", "Tellco says": no verb WordNet knows, a name
            } else if (i == 0 && capital && t.is("PROPN") && in.size() > 2 && in.get(1).is("NOUN") && in.get(1).lowerCase()
                    && (past = openingParticiple(t.lower(), lexicon)) != null) {
                t = new Token(t.index(), text, "ADJ", past); // "Stolen cars were found": no name, the cars were stolen
            } else if (i > 0 && capital && (t.is("VERB") || t.is("ADJ") || t.is("NOUN"))
                    && (out.get(i - 1).is("PROPN") || i + 1 < in.size() && in.get(i + 1).is("PROPN"))) {
                t = new Token(t.index(), text, "PROPN", t.lower());
            } else if (lower && (t.is("SCONJ") || t.is("ADP") || t.is("X") || t.is("ADJ") && t.lower().endsWith("ed")
                    && noVerb(out) || t.is("NOUN") && !t.lower().endsWith("s") && toFigure(in, i) && noVerb(out))
                    && i > 0 && !t.lower().endsWith("ing")
                    && (SUBJECT_TAGS.contains(out.get(i - 1).tag()) // "the council froze", "the candidate almost won"
                        || i > 1 && out.get(i - 1).is("ADV") && SUBJECT_TAGS.contains(out.get(i - 2).tag()))
                    && (past = pastForm(t.lower(), lexicon)) != null) {
                t = new Token(t.index(), text, "VERB", past); // "the council froze charges"
                verbRecovered = true;
            } else if (lower && (t.is("NOUN") || t.is("ADJ") || t.is("X") || adverbForVerb(in, i, lexicon)) && afterModal(out, i)) {
                String base = lexicon.verbBaseOf(t.lower(), t.lemma());
                if (base != null) {
                    t = new Token(t.index(), text, "VERB", base); // "has never qualified", "did not slam"
                }
            }
            if ((t.is("NOUN") || t.is("ADJ")) && lower && i > 0 && out.get(i - 1).is("AUX") && out.get(i - 1).lemma().equals("be")
                    && i + 2 < in.size() && in.get(i + 1).is("CCONJ") && in.get(i + 2).is("VERB")) {
                String base = lexicon.verbBaseOf(t.lower(), t.lemma());
                if (base != null && !base.equals(t.lower())) {
                    t = new Token(t.index(), text, "VERB", base); // "was shot and killed": two passive verbs
                }
            }
            if (t.is("NOUN") && lower && i > 0 && i + 1 < in.size() && in.get(i + 1).lower().equals("that")
                    && SUBJECT_TAGS.contains(out.get(i - 1).tag()) && out.stream().noneMatch(w -> w.is("VERB"))) {
                // not after a verb of its own: "dismissed as fake news reports that ..." keeps the noun
                String base = verbBase(t.lower(), lexicon);
                if (base != null) {
                    t = new Token(t.index(), text, "VERB", base); // "Microsoft denies that ..."
                }
            }
            if (t.is("ADV") && lower && i > 0 && SUBJECT_TAGS.contains(out.get(i - 1).tag()) && t.lower().endsWith("s")
                    && !lexicon.isAdverb(t.lower()) && noVerb(out)) {
                String base = lexicon.verbBaseOf(t.lower(), t.lemma());
                if (base != null && !base.equals(t.lower())) {
                    t = new Token(t.index(), text, "VERB", base); // "Bank chief quits after ...": the first verb after its subject
                }
            }
            boolean afterVerb = i > 0 && out.get(i - 1).is("VERB")
                    || i > 1 && Cues.PARTICLES.contains(out.get(i - 1).lower()) && out.get(i - 2).is("VERB"); // "ruled out arson"
            if (t.is("ADV") && lower && afterVerb && lexicon.isNoun(t.lower()) && !lexicon.isAdverb(t.lower())) {
                t = new Token(t.index(), text, "NOUN", lexicon.nounBaseOf(t.lower())); // "made landfall near": no adverb WordNet knows
            }
            if (t.is("VERB") && lower && i > 0 && out.get(i - 1).lemma().equals("have") && t.lower().endsWith("s")
                    && !t.lower().endsWith("ss") && (lexicon.isNoun(t.lower()) || lexicon.isNoun(t.lemma()))) {
                t = new Token(t.index(), text, "NOUN", t.lemma()); // "has troops": no participle ends in -s
                Token have = out.get(i - 1);
                out.set(i - 1, new Token(have.index(), have.text(), "VERB", "have"));
            }
            int h = i - 1;
            while (h > 0 && i - h <= 3 && (out.get(h).is("ADJ") || out.get(h).is("DET") || out.get(h).is("NUM")
                    || out.get(h).is("ADV") && i - h > 1)) {
                h--; // "has enough insulin", "has no power", "has two sons", "has about 300 staff"
            }
            if (t.is("NOUN") && h >= 0 && out.get(h).is("AUX") && out.get(h).lemma().equals("have")
                    && !hasVerbAfter(in, i + 1)) {
                Token have = out.get(h);
                out.set(h, new Token(have.index(), have.text(), "VERB", "have")); // "the man has cancer": possession
            }
            if (t.is("VERB") && lower && t.lower().endsWith("ed") && i > 0 && i + 1 < in.size() && in.get(i + 1).is("NOUN")
                    && (out.get(i - 1).is("NUM") || out.get(i - 1).is("DET") || out.get(i - 1).is("ADP"))) {
                // "900 confirmed cases", "the number of confirmed cases", "tested negative for banned substances"
                t = new Token(t.index(), text, "ADJ", t.lower());
            }
            if (t.is("VERB") && lower && t.lower().endsWith("ing") && i > 1 && out.get(i - 1).is("NOUN")
                    && out.get(i - 2).is("DET") && i + 1 < in.size() && (in.get(i + 1).is("VERB") || in.get(i + 1).is("AUX"))
                    && lexicon.isNoun(t.lower())) {
                t = new Token(t.index(), text, "NOUN", t.lower()); // "the border crossing remained closed": a compound's head
            }
            if (t.is("VERB") && lower && t.lower().endsWith("ed") && i > 0 && out.get(i - 1).is("DET") && i + 1 < in.size()
                    && (in.get(i + 1).is("VERB") || in.get(i + 1).is("AUX")
                    || in.get(i + 1).is("ADJ") && in.get(i + 1).lower().endsWith("ed"))) {
                t = new Token(t.index(), text, "NOUN", t.lower()); // "the accused pleaded", "the injured were taken": a noun
            }
            if (i == 0 && t.is("PROPN") && capital && t.lower().endsWith("s") && in.size() > 1 && !in.get(1).is("PROPN")) {
                String base = lexicon.nounBaseOf(t.lower());
                if (!base.equals(t.lower()) && lexicon.isCommonNoun(base)) {
                    t = new Token(t.index(), text, "NOUN", base); // "Fans did not enter": a plural noun, capitalised to open the sentence
                }
            }
            if (t.is("ADJ") && lower && i > 0 && out.get(i - 1).is("DET") && (i + 1 == in.size() || in.get(i + 1).is("PUNCT"))
                    && lexicon.isNoun(t.lower())) {
                t = new Token(t.index(), text, "NOUN", lexicon.nounBaseOf(t.lower())); // "was a fake.": a noun, nothing after it
            }
            if (t.is("NOUN") && lower && t.lower().endsWith("ing") && i > 0 && out.get(i - 1).is("VERB")
                    && ADMITTING.contains(out.get(i - 1).lemma())) {
                t = new Token(t.index(), text, "VERB", t.lemma()); // "admitted wrongdoing": the act admitted, as "admitted taking"
            }
            if (t.is("VERB") && lower && t.lower().endsWith("s") && i > 0 && out.get(i - 1).is("VERB") && i + 1 < in.size()
                    && (in.get(i + 1).lower().equals("of") || in.get(i + 1).lower().equals("that") && Cues.REPORT_NOUNS.contains(t.lemma()))
                    && lexicon.isNoun(t.lemma())) {
                // "said reports of a leak were false", "said claims that he was ill were untrue": a noun after "said"
                t = new Token(t.index(), text, "NOUN", t.lemma());
            }
            if (t.is("NOUN") && lower && t.lower().endsWith("s") && i > 0 && SUBJECT_TAGS.contains(out.get(i - 1).tag())
                    && !out.get(i - 1).lower().endsWith("s") // "Brewer Denies Plans To Shut": the verb is before it
                    && i + 2 < in.size() && in.get(i + 1).lower().equals("to") && in.get(i + 2).is("VERB")
                    && TO_VERBS.contains(t.lemma()) && noVerb(out)) {
                t = new Token(t.index(), text, "VERB", t.lemma()); // "the company plans to sell": its verb, not a compound
            }
            if (t.is("NOUN") && lower && t.lower().endsWith("ing") && i > 1 && out.get(i - 2).is("VERB")
                    && Predicate.EXCLUDING.contains(out.get(i - 2).lemma() + " " + out.get(i - 1).lower())) {
                String base = lexicon.verbBaseOf(t.lower(), t.lemma());
                if (base != null) {
                    t = new Token(t.index(), text, "VERB", base); // "ruled out raising taxes": the act ruled out
                }
            }
            if (i == 0 && t.is("VERB") && t.lower().endsWith("ing") && in.size() > 2 && in.get(1).is("NOUN")
                    && (in.get(2).is("VERB") || in.get(2).is("AUX")) && lexicon.isPersonKind(in.get(1).lemma())) {
                String base = lexicon.verbBaseOf(t.lower(), t.lemma());
                // "Striking dockers returned": who they are (those who strike), no act of its own
                t = new Token(t.index(), text, "ADJ", base != null ? base : t.lower());
            }
            if (t.is("VERB") && lower && t.lower().endsWith("ing") && i > 0 && out.get(i - 1).is("ADP")
                    && (i + 1 == in.size() || in.get(i + 1).is("PUNCT") || in.get(i + 1).is("ADP"))
                    && (lexicon.isNoun(t.lower()) || nounVerb(t, lexicon))) { // not "after fleeing": no noun "flee"
                t = new Token(t.index(), text, "NOUN", t.lower()); // "arrested over stabbing", "fined for speeding.": a noun
            }
            if (t.is("NOUN") && lower && i > 2 && out.get(i - 1).is("NOUN") && out.get(i - 2).is("DET") && out.get(i - 3).is("VERB")
                    && Cues.PERCEPTION.contains(out.get(i - 3).lemma()) && lexicon.nounBaseOf(t.lower()).equals(t.lower()) && lexicon.isVerb(t.lower())
                    && (i + 1 == in.size() || in.get(i + 1).is("ADP") || in.get(i + 1).is("DET") || in.get(i + 1).is("PUNCT"))) {
                t = new Token(t.index(), text, "VERB", t.lower()); // "saw the cyclist cross on red": the act seen
            }
            if (t.is("NOUN") && lower && i > 0 && out.get(i - 1).is("AUX") && out.get(i - 1).lemma().equals("have")
                    && !t.lower().endsWith("s") && (past = pastForm(t.lower(), lexicon)) != null) {
                t = new Token(t.index(), text, "VERB", past); // "had sunk", "has shrunk": a participle, not a noun
            }
            if (t.text().equals("'s") && (t.is("NOUN") || t.is("PROPN") || t.is("X"))) {
                t = new Token(t.index(), text, "PART", "'s"); // "Monday's strike": the possessive, split from its name
            }
            if (t.is("VERB") && lower && PARTICIPLE_PREPOSITIONS.contains(t.lower()) && i > 0
                    && !out.get(i - 1).is("AUX") && !out.get(i - 1).is("ADP") && !out.get(i - 1).is("DET")
                    && out.stream().anyMatch(w -> w.is("VERB")) && i + 1 < in.size() && OBJECT_START_TAGS.contains(in.get(i + 1).tag())) {
                t = new Token(t.index(), text, "ADP", t.lower()); // "charged with murder following the death": no act of following
            }
            if (t.is("VERB") && lower && t.lower().equals(t.lemma()) && i > 2 && out.get(i - 1).is("NOUN") && out.get(i - 2).is("DET")
                    && PLACE_PREPOSITIONS.contains(out.get(i - 3).lower()) && lexicon.isNoun(t.lower())
                    && (i + 1 == in.size() || in.get(i + 1).is("ADP") || in.get(i + 1).is("PUNCT"))) {
                t = new Token(t.index(), text, "NOUN", t.lower()); // "died in the train crash near ...": a compound's head
            }
            if (t.is("VERB") && lower && t.lower().equals(t.lemma()) && i > 0 && out.get(i - 1).is("ADP")
                    && !out.get(i - 1).lower().equals("to") && lexicon.isNoun(t.lower())) {
                t = new Token(t.index(), text, "NOUN", t.lower()); // "approved for use in children": no bare verb after a preposition
            }
            if (t.is("ADV") && lower && COMPLEMENT_ADVERBS.contains(t.lower())) {
                t = new Token(t.index(), text, "ADJ", t.lower()); // "acted alone": what the act was, a term
            }
            if (t.is("PUNCT") && t.text().chars().anyMatch(Character::isLetter)) {
                t = new Token(t.index(), text, "NOUN", t.lower()); // "km/h": a word with a slash is no punctuation
            }
            if (t.is("NOUN") && lower && t.lower().endsWith("ing") && i > 1 && out.get(i - 1).lower().equals("of")
                    && PLAN_NOUNS.contains(out.get(i - 2).lemma())) {
                String base = lexicon.verbBaseOf(t.lower(), t.lemma());
                if (base != null) {
                    t = new Token(t.index(), text, "VERB", base); // "no intention of stepping down": the plan's verb
                }
            }
            if ((t.is("NOUN") || t.is("ADJ") || t.is("ADV")) && lower && i > 1 && out.get(i - 1).lower().equals("to")
                    && PLAN_NOUNS.contains(out.get(i - 2).lemma())) {
                String base = lexicon.verbBaseOf(t.lower(), t.lemma());
                if (base != null) {
                    t = new Token(t.index(), text, "VERB", base); // "no plans to resume flights": the plan's verb
                    Token to = out.get(i - 1);
                    out.set(i - 1, new Token(to.index(), to.text(), "PART", "to"));
                }
            }
            if (t.lower().equals("been") && !t.is("AUX") && !t.is("VERB")) {
                t = new Token(t.index(), text, "AUX", "be"); // "there have been": never a noun
                if (i > 0 && out.get(i - 1).lemma().equals("have")) {
                    Token have = out.get(i - 1);
                    out.set(i - 1, new Token(have.index(), have.text(), "AUX", "have"));
                }
            }
            if (DIGITS.matcher(t.lower()).matches() && !t.is("NUM")) {
                t = new Token(t.index(), text, "NUM", t.lower()); // "1,900" is a number whatever its place
            }
            if (GLUED_NUMBER.matcher(t.lower()).matches()) {
                t = new Token(t.index(), text, "NUM", t.lower()); // "a 34-year-old": an age, not a term
            }
            if (i == 0 && capital && t.is("VERB") && t.lower().endsWith("s") && lexicon.isNoun(lexicon.nounBaseOf(t.lower()))
                    && in.size() > 2 && in.get(1).is("ADP") && (hasVerbAfter(in, 2) || pastFormAfter(in, 2, lexicon)
                        || phrasalAfter(in, 2, lexicon))) {
                // "Shares in the bank rose": with no verb tagged after it, a past form the tagger made a noun is the verb
                t = new Token(t.index(), text, "NOUN", t.lemma()); // "Talks on a truce will begin": a plural subject, no verb first
            }
            if (t.is("ADV") && i + 2 < in.size() && in.get(i + 1).text().equals("-")
                    && (in.get(i + 2).is("NOUN") || in.get(i + 2).is("ADJ"))) {
                t = new Token(t.index(), text, "ADJ", t.lower()); // "third-quarter sales": a modifier of the noun
            }
            if (t.is("VERB") && lower && i > 1 && in.get(i - 1).text().equals("-") && !in.get(i - 2).is("PUNCT")
                    && i + 1 < in.size() && in.get(i + 1).is("NOUN")) {
                t = new Token(t.index(), text, "ADJ", t.lower()); // "longest-serving leader", "state-owned firm": no act
            }
            t = restoreFinalE(t, lexicon);
            t = americanSpelling(t, lexicon);
            int before = i - 1;
            while (before > 0 && out.get(before).is("PART")) {
                before--; // "is not here"
            }
            if (t.is("ADV") && lower && before >= 0 && out.get(before).is("AUX") && out.get(before).lemma().equals("be")
                    && (i + 1 == in.size() || in.get(i + 1).is("PUNCT") || in.get(i + 1).is("CCONJ") // "is over and ..."
                        || in.get(i + 1).is("ADP") && !CLAUSE_ADVERBS.contains(t.lower())) // not "is still in danger"
                    && lexicon.isAdjective(t.lower())
                    && participleBase(t, i + 1 < in.size() ? in.get(i + 1) : null, lexicon) == null) { // "were found." is passive
                t = new Token(t.index(), text, "ADJ", t.lower()); // "the lake is deep": a predicate adjective
            } else if (lower && beAfterDegreeAdverbs(out, before)
                    && (past = participleBase(t, i + 1 < in.size() ? in.get(i + 1) : null, lexicon)) != null) {
                t = new Token(t.index(), text, "VERB", past); // "were freed", "was shot": a passive participle
            } else if (lower && t.is("VERB") && before >= 0 && out.get(before).lemma().equals("be")
                    && negatedAdjective(t.lower(), lexicon)) {
                t = new Token(t.index(), text, "ADJ", t.lower()); // "was unarmed": the opposite of "armed", no act of unarming
            }
            out.add(t);
        }
        Articles.repair(out, lexicon);
        CompoundSubjects.repair(out, lexicon);
        headlineSubject(out, lexicon);
        headlineVerb(out, lexicon);
        headlineObject(out, lexicon);
        reportingVerbAfterSubject(out);
        trailingReportingVerb(out, lexicon);
        pluralSubjectBeforePastVerb(out, lexicon);
        copularNounAsVerb(out, lexicon);
        copularAsBe(out, lexicon);
        recoverMissingVerb(out, lexicon);
        return out;
    }


    /** A noun or adjective after {@code from} that is a verb's past form ("rose", "fell"), not an -s form. */
    private static boolean pastFormAfter(List<Token> in, int from, Lexicon lexicon) {
        for (int k = from; k < in.size(); k++) {
            Token w = in.get(k);
            if ((w.is("NOUN") || w.is("ADJ")) && !w.lower().endsWith("s") && Character.isLowerCase(w.text().charAt(0))
                    && pastForm(w.lower(), lexicon) != null) {
                return true;
            }
        }
        return false;
    }

    /** "Talks between union and management break down": a verb's base form the tagger made a noun, before its particle. */
    private static boolean phrasalAfter(List<Token> in, int from, Lexicon lexicon) {
        for (int k = from; k + 1 < in.size(); k++) {
            Token w = in.get(k);
            if (w.is("NOUN") && w.lowerCase() && lexicon.isVerb(w.lower())
                    && Cues.PARTICLES.contains(in.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbAfter(List<Token> in, int from) {
        return hasVerbAfter(in, from, false);
    }

    /** A verb or an auxiliary from {@code from} on; with {@code toComma}, only up to the next comma. */
    private static boolean hasVerbAfter(List<Token> in, int from, boolean toComma) {
        for (int k = from; k < in.size() && !(toComma && in.get(k).text().equals(",")); k++) {
            if (in.get(k).is("VERB") || in.get(k).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * British and American outlets spell one verb two ways ("apologised", "apologized"): the -ise
     * and -isation forms take the -ize spelling when WordNet knows it, so both meet under one lemma.
     */
    private static Token americanSpelling(Token t, Lexicon lexicon) {
        for (List<String> variant : SPELLING_VARIANTS) {
            String british = variant.get(0);
            if (!t.is(variant.get(2)) || !t.lemma().endsWith(british)) {
                continue;
            }
            String american = t.lemma().substring(0, t.lemma().length() - british.length()) + variant.get(1);
            boolean known = t.is("VERB") ? lexicon.isVerb(american) : lexicon.isNoun(american);
            return known ? new Token(t.index(), t.text(), t.tag(), american) : t;
        }
        return t;
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern GLUED_NUMBER = java.util.regex.Pattern.compile("\\d+-(years?)?");

    private static final List<List<String>> SPELLING_VARIANTS = LexiconFile.load("spelling-variants").rows();

    /**
     * The lemmatizer cuts a final e ("declar", "avalanch"), adds one ("sacke" for "sacked") or keeps
     * a doubled consonant ("acquitte"); WordNet knows the word as it should be.
     */
    private static Token restoreFinalE(Token t, Lexicon lexicon) {
        String lemma = t.lemma();
        if (lemma.length() < 3 || !lemma.chars().allMatch(Character::isLetter)) {
            return t;
        }
        if (lemma.endsWith("e")) {
            String cut = lemma.substring(0, lemma.length() - 1);
            boolean invented = t.is("VERB") && !lexicon.isVerb(lemma) && lexicon.isVerb(cut) && t.lower().startsWith(cut);
            if (invented) {
                return new Token(t.index(), t.text(), t.tag(), cut);
            }
        }
        boolean cutE = !lemma.endsWith("e");
        boolean verb = cutE && t.is("VERB") && !lexicon.isVerb(lemma) && lexicon.isVerb(lemma + "e");
        boolean noun = cutE && t.is("NOUN") && !lexicon.isNoun(lemma) && lexicon.isNoun(lemma + "e");
        if (verb || noun) {
            return new Token(t.index(), t.text(), t.tag(), lemma + "e");
        }
        if (t.is("VERB") && !lexicon.isVerb(lemma)) {
            // "skippered" left whole, "acquitted" cut to "acquitte": WordNet knows "skipper", "acquit"
            String base = lexicon.verbBaseOf(t.lower(), lemma);
            if (base != null && !base.equals(lemma)) {
                return new Token(t.index(), t.text(), t.tag(), base);
            }
        }
        return t;
    }

    private static final Set<String> AUXILIARIES = LexiconFile.load("auxiliaries").words();
    private static final Set<String> PLACE_PREPOSITIONS = LexiconFile.load("place-prepositions").words();
    private static final Set<String> COMPLEMENT_ADVERBS = LexiconFile.load("complement-adverbs").words();
    private static final Set<String> PARTICIPLE_PREPOSITIONS = LexiconFile.load("participle-prepositions").words();
    private static final Set<String> DETERMINER_WORDS = LexiconFile.load("determiner-words").words();
    private static final Set<String> PLAN_NOUNS = LexiconFile.load("plan-nouns").words();
    private static final Set<String> AFTER_VERB = Set.of("DET", "ADP", "NUM", "PART", "ADJ", "NOUN", "PUNCT", "PRON", "ADV", "SYM");

    /**
     * A sentence without any verb usually means the tagger read the verb as a noun ("the dam burst
     * on Monday", "the airline plans to cut", "the central bank left rates unchanged"): take the
     * first noun after the subject that WordNet knows as a verb, a past form first ("oil prices fell": fell, not prices, is the verb),
     * then a present form before a preposition, a number or an adverb ("death toll from floods rises to 58": rises,
     * not toll; "oil prices rise sharply").
     */
    static void recoverMissingVerb(List<Token> tokens, Lexicon lexicon) {
        boolean anyVerb = tokens.stream().anyMatch(x -> x.is("VERB") && !(x.index() > 0 && tokens.get(x.index() - 1).lower().equals("to"))
                && !unParticiple(x, lexicon) || x.is("AUX"));
        if (anyVerb) {
            return;
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if ((t.is("NOUN") || t.is("ADJ") || t.is("ADV")) && Character.isLowerCase(t.text().charAt(0)) && onlyVerb(t, lexicon)
                    && (i == 1 || before.is("NOUN") || before.is("PROPN"))) {
                // "Acme denies plans to close plant", "Star quits": a word that can only be a verb
                tokens.set(i, new Token(t.index(), t.text(), "VERB", lexicon.verbBaseOf(t.lower(), t.lemma())));
                return;
            }
        }
        if (headlineInfinitive(tokens, lexicon)) {
            return;
        }
        // past forms first, then third-person forms; then a noun after a noun before one after an
        // adjective ("the central bank cut rates": cut, not bank, is the verb)
        for (int pass = 0; pass < 4; pass++) {
            boolean pastOnly = pass == 0;
            boolean thirdPersonOnly = pass == 1;
            boolean afterAdjective = pass != 2;
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                Token before = tokens.get(i - 1);
                boolean last = i + 1 == tokens.size();
                if ((t.is("NOUN") || t.is("ADJ") || t.is("X") || misreadVerbForm(t)) && Character.isLowerCase(t.text().charAt(0))
                        && (before.is("NOUN") || before.is("PROPN") || before.is("PRON")
                            || afterAdjective && before.is("ADJ") && adjectivesAfterDeterminer(tokens, i - 1))
                        && (last || (thirdPersonOnly ? AFTER_THIRD_PERSON : AFTER_VERB).contains(tokens.get(i + 1).tag()))) {
                    String base = lexicon.verbBaseOf(t.lower(), t.is("X") ? t.lower() : t.lemma()); // X: no lemma ("_")
                    boolean inflected = base != null && !base.equals(t.lower());
                    // a plural subject; at the start of a headline the tagger may have made it a name ("Protesters storm ...")
                    boolean pluralBefore = before.lower().endsWith("s") && (before.is("NOUN") && !before.lower().equals(before.lemma())
                            || i == 1 && before.is("PROPN") && !lexicon.nounBaseOf(before.lower()).equals(before.lower()));
                    boolean wanted = pastOnly ? inflected && !t.lower().endsWith("s") && !t.lower().endsWith("ing")
                            : !thirdPersonOnly || inflected && t.lower().endsWith("s") || base != null && !inflected && pluralBefore;
                    if (base != null && wanted) {
                        tokens.set(i, new Token(t.index(), t.text(), "VERB", base));
                        if (i == 1 && before.is("PROPN") && pluralBefore) {
                            tokens.set(0, new Token(before.index(), before.text(), "NOUN", lexicon.nounBaseOf(before.lower())));
                        }
                        return;
                    }
                }
            }
        }
    }

    /** "the chief executive earned": adjectives back from {@code i} to a determiner. */
    private static boolean adjectivesAfterDeterminer(List<Token> tokens, int i) {
        int k = i;
        while (k > 0 && tokens.get(k).is("ADJ")) {
            k--;
        }
        return k < i && tokens.get(k).is("DET");
    }

    /** "denies", "resigns": a third-person form whose base WordNet knows as a verb and never as a noun. */
    private static boolean onlyVerb(Token t, Lexicon lexicon) {
        String base = lexicon.verbBaseOf(t.lower(), t.lemma());
        return base != null && !base.equals(t.lower()) && t.lower().endsWith("s") && !lexicon.isNoun(base);
    }

    /** What may follow a third-person verb the tagger took for a plural noun: "rises to 58", "falls by 3%". */
    private static final Set<String> AFTER_THIRD_PERSON = Set.of("ADP", "NUM", "PART", "ADV");

    /**
     * "Government to scrap fuel tax", "Minister to quit over row": a headline's noun, "to" and a word
     * WordNet knows as a verb is the plan it announces; that word is the verb, and no other is sought.
     */
    private static boolean headlineInfinitive(List<Token> tokens, Lexicon lexicon) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            if (tokens.get(i).lower().equals("to") && (tokens.get(i - 1).is("NOUN") || tokens.get(i - 1).is("PROPN"))
                    && Character.isLowerCase(next.text().charAt(0)) && lexicon.isVerb(next.lower())) {
                if (!next.is("VERB")) {
                    tokens.set(i + 1, new Token(next.index(), next.text(), "VERB", next.lower()));
                }
                return true;
            }
        }
        return false;
    }

    /** "left rates unchanged": an un- participle WordNet knows no verb for is no finite verb. */
    static boolean unParticiple(Token t, Lexicon lexicon) {
        return t.lower().startsWith(NegatedParticiples.PREFIX) && t.lower().endsWith("ed") && !lexicon.isVerb(t.lemma());
    }

    /** "was", "was seriously", "were badly": a form of "be" at {@code before}, past adverbs in -ly ("was seriously injured"). */
    private static boolean beAfterDegreeAdverbs(List<Token> out, int before) {
        int b = before;
        while (b > 0 && out.get(b).is("ADV") && out.get(b).lower().endsWith("ly")) {
            b--;
        }
        return b >= 0 && out.get(b).is("AUX") && out.get(b).lemma().equals("be");
    }

    /** Verbs before "to V" whose third person the tagger takes for a plural noun ("plans", "vows", "fails"). */
    private static final Set<String> TO_VERBS = toVerbs();

    private static Set<String> toVerbs() {
        Set<String> verbs = new java.util.HashSet<>(Cues.PLAN_VERBS);
        verbs.addAll(LexiconFile.load("implicatives").heads());
        return Set.copyOf(verbs);
    }

    private static final Pattern PARTICIPLE_SHAPE = Pattern.compile("(ed|en|wn)$");

    /**
     * A sentence's capitalised first word the tagger took for a name, when it is a participle of a verb WordNet
     * knows and no noun ("Stolen", "Injured"): its verb, or null.
     */
    private static String openingParticiple(String word, Lexicon lexicon) {
        String base = lexicon.verbBaseOf(word, word);
        return base != null && !base.equals(word) && PARTICIPLE_SHAPE.matcher(word).find() && !lexicon.isNoun(word)
                ? base : null;
    }

    /**
     * After "be", the verb of a passive participle the tagger took for an adjective or a noun, or null:
     * an -ed word WordNet knows as a verb form and not as an adjective with an opposite ("freed",
     * "acquitted", but not "armed", whose opposite "unarmed" the verb has not), or a bare noun that is an irregular
     * participle ("shot", "hit") with nothing of a noun phrase after it.
     */
    private static String participleBase(Token t, Token next, Lexicon lexicon) {
        String base = lexicon.verbBaseOf(t.lower(), t.lemma());
        if (base == null || base.equals(t.lower())) {
            return null;
        }
        // an adjective with an opposite stays one, unless the lemmatizer itself read the verb ("damaged": damage)
        boolean participle = t.is("ADJ") ? t.lower().endsWith("ed")
                && (lexicon.directOpposites(t.lower()).isEmpty() || !t.lemma().equals(t.lower()) && lexicon.isVerb(t.lemma()))
                : t.is("ADP") ? PARTICIPLE_SHAPE.matcher(t.lower()).find() // "was withdrawn last week": no preposition
                : t.is("ADV") ? !lexicon.isAdverb(t.lower()) // "no data was stolen": no adverb WordNet knows
                : t.is("NOUN") && !t.lower().endsWith("s")
                        && (next == null || next.is("PUNCT") || next.is("ADP") || next.is("SCONJ") || next.is("ADJ")
                            || Quantities.isMultiplicative(next.lower())
                            || next.is("ADV") && Cues.PARTICLES.contains(next.lower())); // "had been shot down"
        return participle ? base : null;
    }

    /** An un- adjective whose WordNet opposite is the word without the prefix ("unarmed": "armed"). */
    private static boolean negatedAdjective(String word, Lexicon lexicon) {
        return word.startsWith(NegatedParticiples.PREFIX) && word.endsWith("ed")
                && lexicon.directOpposites(word).contains(word.substring(NegatedParticiples.PREFIX.length()));
    }

    private static final Set<String> REPORTING = LexiconFile.load("reporting-verbs").heads();
    /** Verbs whose -ing object is an act that happened: "admitted wrongdoing", as "admitted taking". */
    private static final Set<String> ADMITTING = LexiconFile.load("asserting-gerund-verbs").words();

    private static final Set<String> SAID = LexiconFile.load("intake-reporting-verbs").heads();

    /** "..., its chief executive said.": the last word after a comma, a reporting verb's form, is that verb. */
    private static void trailingReportingVerb(List<Token> t, Lexicon lexicon) {
        if (t.isEmpty()) {
            return;
        }
        int last = t.size() - 1;
        while (last > 0 && t.get(last).is("PUNCT")) {
            last--;
        }
        Token w = t.get(last);
        if (last < 2 || w.is("VERB") || !SAID.contains(w.lower()) || !SUBJECT_TAGS.contains(t.get(last - 1).tag())
                && !t.get(last - 1).is("ADJ")) {
            return;
        }
        for (int i = last - 1; i > 0 && last - i <= 6; i--) {
            if (t.get(i).text().equals(",")) {
                String base = lexicon.verbBaseOf(w.lower(), w.lemma());
                t.set(last, new Token(w.index(), w.text(), "VERB", base == null ? w.lemma() : base));
                return;
            }
            if (t.get(i).is("VERB") || t.get(i).is("AUX")) {
                return;
            }
        }
    }

    /**
     * "Police deny that ...", "Minister denies quitting": a reporting verb right after the subject,
     * before anything else verb-like, that the tagger took for a noun.
     */
    private static void reportingVerbAfterSubject(List<Token> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            Token w = t.get(i);
            if (t.get(i - 1).is("VERB") || t.get(i - 1).is("AUX")) {
                return;
            }
            Token next = t.get(i + 1);
            // "Police deny officers used tear gas": a clause of its own after the verb
            boolean clause = (next.is("NOUN") || next.is("PROPN")) && i + 2 < t.size() && t.get(i + 2).is("VERB");
            boolean complement = next.lower().equals("that") || next.is("VERB") && next.lower().endsWith("ing")
                    || next.is("DET") || next.is("PRON") || clause;
            if ((w.is("NOUN") || w.is("ADJ")) && REPORTING.contains(w.lemma()) && SUBJECT_TAGS.contains(t.get(i - 1).tag()) && complement) {
                t.set(i, new Token(w.index(), w.text(), "VERB", w.lemma()));
                return;
            }
        }
    }

    /**
     * "Acme Denies Plant Closure": a headline's capitalised first word read as a verb, and the
     * third-person verb after it read as a noun. Only in a line without a full stop and with no
     * other verb, so an imperative sentence ("Stop attacks now.") keeps its verb.
     */
    private static void headlineSubject(List<Token> t, Lexicon lexicon) {
        if (!headlineShaped(t) || !t.get(0).is("VERB")) {
            return;
        }
        Token next = t.get(1);
        if (!next.is("NOUN") || !next.lower().endsWith("s") || !Character.isLowerCase(next.text().charAt(0))
                || t.stream().skip(2).anyMatch(x -> x.is("VERB") || x.is("AUX"))) {
            return;
        }
        String base = lexicon.verbBaseOf(next.lower(), next.lemma());
        if (base != null && !base.equals(next.lower())) {
            Token first = t.get(0);
            t.set(0, new Token(first.index(), first.text(), "PROPN", first.lower()));
            t.set(1, new Token(next.index(), next.text(), "VERB", base));
        }
    }

    /**
     * "Fans attacked referee after match": a headline drops the article, so the tagger takes the bare
     * noun after a past verb for a second verb. A base form WordNet knows as a noun, right after a
     * finite past verb, is its object.
     */
    private static void headlineObject(List<Token> t, Lexicon lexicon) {
        if (!headlineShaped(t)) {
            return;
        }
        for (int i = 1; i < t.size(); i++) {
            Token w = t.get(i);
            Token before = t.get(i - 1);
            if (w.is("VERB") && Character.isLowerCase(w.text().charAt(0)) && w.lower().equals(w.lemma())
                    && before.is("VERB") && before.lower().endsWith("ed") && lexicon.isNoun(w.lower())) {
                t.set(i, new Token(w.index(), w.text(), "NOUN", w.lower()));
            }
        }
    }

    /** Three words or more, the first capitalised, no full stop at the end: a headline's shape. */
    private static boolean headlineShaped(List<Token> t) {
        return t.size() >= 3 && Character.isUpperCase(t.get(0).text().charAt(0)) && !t.get(t.size() - 1).text().equals(".");
    }

    private static final Set<String> PLURAL_COLLECTIVES = LexiconFile.load("plural-collectives").words();
    private static final Set<String> OBJECT_START_TAGS = Set.of("NOUN", "PROPN", "DET", "NUM", "ADJ");

    /**
     * "Police arrest teenager over stabbing", "Government cuts fuel tax": a headline of nouns only, whose
     * second word is a verb agreeing with the first (a base form after a plural, a third person after a
     * singular) and followed by its object.
     */
    private static void headlineVerb(List<Token> t, Lexicon lexicon) {
        if (!headlineShaped(t)) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if ((t.get(i).is("VERB") || t.get(i).is("AUX")) && !(t.get(i).lower().endsWith("ing") && i > 0 && t.get(i - 1).is("ADP"))
                    && !(i > 0 && t.get(i - 1).lower().equals("to"))) {
                return; // a verb of its own ("over stabbing" is a noun's place; "to strike" is the infinitive's)
            }
        }
        Token subject = t.get(0);
        Token verb = t.get(1);
        boolean infinitive = t.get(2).lower().equals("to") && t.size() > 3 && t.get(3).is("VERB"); // "Teachers Vote To Strike"
        if (!(subject.is("NOUN") || subject.is("PROPN")) || !verb.is("NOUN") || !Character.isLowerCase(verb.text().charAt(0))
                || !OBJECT_START_TAGS.contains(t.get(2).tag()) && !infinitive) {
            return;
        }
        boolean pluralSubject = subject.lower().endsWith("s") || PLURAL_COLLECTIVES.contains(subject.lower());
        String base = lexicon.verbBaseOf(verb.lower(), verb.lemma());
        boolean agrees = verb.lower().endsWith("s") ? !pluralSubject && base != null && !base.equals(verb.lower())
                : pluralSubject && lexicon.isVerb(verb.lower());
        if (agrees) {
            t.set(1, new Token(verb.index(), verb.text(), "VERB", base != null ? base : verb.lower()));
        }
    }

    /** Tags of the words that may stand before a subject noun ("the", "crude", "oil", "Acme"). */
    private static final Set<String> SUBJECT_MODIFIER_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN");

    /**
     * "Exports rose in March", "oil prices fell": a plural noun that is also a verb form read as the
     * verb, and the past tense after it read as a noun ("rose" the flower). Only when that past form
     * is an inflected verb (its base differs: "rose" gives rise) and the sentence has no other verb.
     */
    private static void pluralSubjectBeforePastVerb(List<Token> t, Lexicon lexicon) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token plural = t.get(i);
            Token next = t.get(i + 1);
            boolean subjectSlot = i == 0 || SUBJECT_MODIFIER_TAGS.contains(t.get(i - 1).tag())
                    || t.get(i - 1).is("VERB") && REPORTING.contains(t.get(i - 1).lemma());
            boolean misread = plural.is("VERB") || plural.is("ADV") && i > 0 && t.get(i - 1).is("VERB"); // "said profits/ADV doubled"
            if (!misread || !regularPlural(plural.lower(), plural.lemma()) || !subjectSlot
                    || !(next.is("NOUN") || next.is("ADJ") || next.is("VERB")) || !Character.isLowerCase(next.text().charAt(0))
                    || next.lower().endsWith("s") || !lexicon.isNoun(plural.lemma())) {
                continue;
            }
            int first = plural.index();
            int second = next.index();
            // another verb may only be a reporting verb before them: "the company said profits doubled"
            if (t.stream().anyMatch(x -> x.index() != first && x.index() != second && (x.is("VERB") || x.is("AUX"))
                    && !(x.index() < first && REPORTING.contains(x.lemma())))) {
                return;
            }
            String base = next.is("VERB") ? next.lemma() : lexicon.verbBaseOf(next.lower(), next.lemma());
            if (base != null && !base.equals(next.lower())) {
                t.set(i, new Token(plural.index(), plural.text(), "NOUN", plural.lemma()));
                t.set(i + 1, new Token(next.index(), next.text(), "VERB", base));
            }
            return;
        }
    }

    /**
     * "The embassy remains open": the tagger took "remains" for a noun and "embassy" for its
     * modifier. A copular verb's -s form after a noun and before an adjective (or a bare verb form
     * WordNet knows as one: "open"; a participle after "the X": "the border stays closed"; a
     * preposition after "the X" with no verb after it: "the curfew remains in force") is the verb;
     * "human remains found in a field" keeps its noun.
     */
    private static void copularNounAsVerb(List<Token> t, Lexicon lexicon) {
        for (int i = 1; i + 1 < t.size(); i++) {
            Token w = t.get(i);
            Token before = t.get(i - 1);
            Token after = t.get(i + 1);
            if (w.is("NOUN") && w.lower().endsWith("s") && Cues.COPULAR.contains(w.lemma())
                    && (before.is("NOUN") || before.is("ADJ") && lexicon.isNoun(before.lower()))
                    && (after.is("ADJ") || after.is("VERB") && after.lower().equals(after.lemma()) && lexicon.isAdjective(after.lower())
                        || after.is("VERB") && after.lower().endsWith("ed") && i > 1 && t.get(i - 2).is("DET")
                        || after.is("ADP") && i > 1 && t.get(i - 2).is("DET") && !hasVerbAfter(t, i + 1, true))) {
                t.set(i, new Token(w.index(), w.text(), "VERB", w.lemma()));
                if (before.is("ADJ")) {
                    t.set(i - 1, new Token(before.index(), before.text(), "NOUN", before.lower()));
                }
            }
        }
    }

    /**
     * "The border remains closed", "the cause stays unknown": a copular verb before an adjective
     * (past of "not" and adverbs like "still") reads as "is", so the state meets "is open" and
     * "is not closed". Followed by anything else ("remains in office") it stays a verb of its own.
     */
    private static void copularAsBe(List<Token> t, Lexicon lexicon) {
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            if (!w.is("VERB") || !Cues.COPULAR.contains(w.lemma())) {
                continue;
            }
            int k = i + 1;
            while (k < t.size() && (t.get(k).is("ADV") || t.get(k).is("PART"))) {
                k++;
            }
            boolean state = k < t.size() && (t.get(k).is("ADJ") || t.get(k).is("VERB") && t.get(k).lower().endsWith("ed"))
                    && (k + 1 == t.size() || !t.get(k + 1).is("NOUN") && !t.get(k + 1).is("PROPN"));
            if (state) {
                t.set(i, new Token(w.index(), w.text(), "AUX", "be"));
                Token adjective = t.get(k);
                String base = adjective.lower().endsWith("ed") ? lexicon.verbBaseOf(adjective.lower(), adjective.lemma()) : null;
                if (base != null && !base.equals(adjective.lower())) {
                    // "remains closed" as "is closed": the participle, as the tagger reads it after "is"
                    t.set(k, new Token(adjective.index(), adjective.text(), "VERB", base));
                }
            }
        }
    }

    /** "prices" of price, "taxes" of tax, "supplies" of supply (not "has" of have). */
    private static boolean regularPlural(String form, String lemma) {
        return !form.endsWith("ss") && (form.equals(lemma + "s") || form.equals(lemma + "es")
                || lemma.endsWith("y") && form.equals(lemma.substring(0, lemma.length() - 1) + "ies"));
    }

    /** An -ing form of a verb that is also a noun ("stabbing": stab). */
    private static boolean nounVerb(Token t, Lexicon lexicon) {
        String base = lexicon.verbBaseOf(t.lower(), t.lemma());
        return base != null && lexicon.isNoun(base);
    }

    /** "Star quits band": a third-person verb the tagger took for a determiner or a foreign word. */
    private static boolean misreadVerbForm(Token t) {
        return (t.is("DET") || t.is("X")) && t.lower().endsWith("s") && t.lower().length() > 3;
    }

    /**
     * "The home side won 3-1", "Arsenal won 2-0": a past form the tagger took for an adverb or a noun (the currency
     * "won"), after a noun and before a figure, is the verb. Done first, so the noun before it stays the subject.
     */
    private static List<Token> pastFormsBeforeFigures(List<Token> in, Lexicon lexicon) {
        List<Token> out = new ArrayList<>(in);
        for (int i = 1; i + 1 < in.size(); i++) {
            Token t = in.get(i);
            String past;
            if ((t.is("ADV") || t.is("NOUN")) && t.lowerCase() && !t.lower().endsWith("s") && in.get(i + 1).is("NUM")
                    && (in.get(i - 1).is("NOUN") || in.get(i - 1).is("PROPN") || in.get(i - 1).is("ADJ") && !in.get(i - 1).lowerCase())
                    && (past = pastForm(t.lower(), lexicon)) != null) {
                out.set(i, new Token(t.index(), t.text(), "VERB", past));
            }
        }
        return out;
    }

    /** "to", "by": before a figure, the move a verb of change made (lexicon/figure-prepositions.txt). */
    private static final Set<String> FIGURE_PREPOSITIONS = LexiconFile.load("figure-prepositions").words();

    /** "rose to 27", "fell by 5 percent": what follows is a move to or by a figure, as after a verb of change. */
    private static boolean toFigure(List<Token> in, int i) {
        return i + 2 < in.size() && FIGURE_PREPOSITIONS.contains(in.get(i + 1).lower()) && in.get(i + 2).is("NUM");
    }

    /** No verb or auxiliary among the tokens read so far: the clause's verb is still to come. */
    private static boolean noVerb(List<Token> out) {
        return out.stream().noneMatch(w -> w.is("VERB") || w.is("AUX"));
    }

    /** The base of an inflected verb form WordNet knows ("froze": freeze), null for anything else. */
    private static String pastForm(String word, Lexicon lexicon) {
        String base = lexicon.verbBaseOf(word, word);
        return base == null || base.equals(word) ? null : base;
    }

    /**
     * "Schools will close.": a word WordNet knows as a verb, tagged adverb, with nothing verb-like
     * after it (so "will still close" keeps "still").
     */
    private static boolean adverbForVerb(List<Token> in, int i, Lexicon lexicon) {
        Token next = i + 1 < in.size() ? in.get(i + 1) : null;
        return in.get(i).is("ADV") && lexicon.isVerb(in.get(i).lower())
                && (next == null || !(next.is("VERB") || next.is("AUX") || next.is("ADV") || next.is("ADJ"))
                    || next.is("ADJ") && PERIOD_STARTS.contains(next.lower())); // "will close next month"
    }

    /** "next", "last": the first words of the relative periods ("next month"), which no verb's adverb starts. */
    private static final Set<String> PERIOD_STARTS = LexiconFile.load("relative-periods").pairs().keySet().stream()
            .map(phrase -> phrase.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean afterModal(List<Token> before, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token w = before.get(k);
            if (w.is("ADV") || w.lower().equals("not") || w.lower().equals("n't")) {
                continue;
            }
            return (w.is("AUX") || w.is("PART")) && MODALS.contains(w.lower());
        }
        return false;
    }

    private static String verbBase(String w, Lexicon lexicon) {
        for (String base : new String[] {w.replaceAll("ies$", "y"), w.replaceAll("es$", ""), w.replaceAll("s$", "")}) {
            if (!base.equals(w) && lexicon.isVerb(base)) {
                return base;
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_ADVERBS = LexiconFile.load("clause-adverbs").words();
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(able|ible|ous|ful|ive|al|ic|less|ent|ant|ary|ish)$");

    private static boolean adjectiveShaped(String w) {
        return ADJECTIVE_ENDING.matcher(w).find();
    }
}
