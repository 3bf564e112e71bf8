package io.claimwatch.analysis;

import io.claimwatch.analysis.ClearNlpParser.Dep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Experimental: corrects the token-window reading of a sentence where a dependency parse knows
 * better, and only there: the subject of each verb (a relative clause's own subject, "X, who ...,
 * said"), passive voice (an auxpass dependent), and a "not" that belongs to another verb.
 */
public final class DependencyRefiner implements ClaimRefiner {

    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubjpass", "csubj", "csubjpass");
    private static final Set<String> INHERITS_SUBJECT = Set.of("conj", "xcomp", "acomp", "attr");
    private static final Set<String> NOT_IN_SUBJECT = Set.of("rcmod", "partmod", "infmod", "punct", "advcl");
    private static final Set<String> PLAIN_NEGATORS = Set.of("not", "n't", "never");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    private final ClearNlpParser parser = new ClearNlpParser();

    @Override
    public List<Claim> refine(String sentence, List<Claim> claims) {
        if (claims.isEmpty()) {
            return claims;
        }
        List<Dep> deps = parser.parse(sentence);
        Set<Integer> taken = new HashSet<>();
        Set<String> vocabulary = new HashSet<>();
        claims.forEach(c -> vocabulary.addAll(c.terms()));
        List<Claim> out = new ArrayList<>();
        for (Claim claim : claims) {
            Dep verb = verbOf(claim, deps, taken);
            out.add(verb == null ? claim : refine(claim, verb, deps, vocabulary));
        }
        return out;
    }

    /** The parse node of the claim's predicate: the first unclaimed verbal word of its verb group. */
    private static Dep verbOf(Claim claim, List<Dep> deps, Set<Integer> taken) {
        Set<String> words = Set.of(claim.predicateText().toLowerCase(Locale.ROOT).split("\\s+"));
        for (boolean nominal : new boolean[] {false, true}) {
            for (Dep d : deps) {
                boolean kind = nominal ? d.pos().startsWith("NN") : d.verbal() && !d.label().startsWith("aux") && !d.label().equals("cop");
                if (kind && !taken.contains(d.id()) && words.contains(d.form().toLowerCase(Locale.ROOT))) {
                    taken.add(d.id());
                    return d;
                }
            }
        }
        return null;
    }

    private static Claim refine(Claim c, Dep verb, List<Dep> deps, Set<String> vocabulary) {
        List<String> subject = c.subject();
        List<String> arguments = new ArrayList<>(c.arguments());
        Dep subj = subjectOf(verb, deps);
        if (subj != null) {
            List<String> found = terms(subjectWords(subj, verb, deps), vocabulary);
            if (!found.isEmpty()) {
                subject = found;
                arguments.removeAll(found);
            }
        }
        boolean passive = c.passive() || child(verb, deps, "auxpass") != null || child(verb, deps, "nsubjpass") != null;
        Polarity polarity = c.polarity();
        String cue = c.negationCue();
        boolean plainCue = cue == null || PLAIN_NEGATORS.contains(cue.toLowerCase(Locale.ROOT));
        Dep neg = negationOf(verb, deps);
        // only a "not" on another verb moves: one on an adjective or noun ("a not unpleasant trip") is the reader's to scope
        boolean elsewhere = deps.stream().anyMatch(d -> d.label().equals("neg") && d.head() != verb.id()
                && node(deps, d.head()) != null && node(deps, d.head()).pos().startsWith("VB") && node(deps, d.head()).head() != verb.id());
        if (plainCue && polarity == Polarity.NEGATIVE && neg == null && elsewhere) {
            polarity = Polarity.POSITIVE; // the "not" belongs to another verb of the sentence
            cue = null;
        }
        // the other way round (a parse "neg" on a verb the reader left positive) is not taken: ClearNLP hangs
        // sub-clausal "not" ("caused not a little confusion", "a not inconsiderable income") on the verb
        return new Claim(c.text(), c.predicate(), c.predicateText(), subject, arguments, polarity, cue, c.modality(),
                c.modalCue(), c.attribution(), passive, c.aspect(), c.eventuality(), c.time(), c.quantifier(), c.quantities());
    }

    /** The verb's own subject; else the one it shares (coordinated verb, complement); a relative pronoun stands for its noun. */
    private static Dep subjectOf(Dep verb, List<Dep> deps) {
        Dep v = verb;
        for (int hops = 0; v != null && hops < 3; hops++) {
            for (Dep d : deps) {
                if (d.head() == v.id() && SUBJECT.contains(d.label())) {
                    boolean relative = RELATIVE.contains(d.form().toLowerCase(Locale.ROOT)) && v.label().equals("rcmod");
                    return relative ? node(deps, v.head()) : d;
                }
            }
            if (v.label().equals("rcmod")) {
                return null; // "the deal that collapsed": the reader already takes the antecedent
            }
            v = INHERITS_SUBJECT.contains(v.label()) ? node(deps, v.head()) : null;
        }
        return null;
    }

    /** The subject phrase (with its appositions, conjuncts and "of" phrases; other prepositional modifiers stay arguments, as the reader has them) without relative or participial clauses, never the verb's own words. */
    private static List<Dep> subjectWords(Dep subj, Dep verb, List<Dep> deps) {
        List<Dep> out = new ArrayList<>();
        collect(subj, verb, deps, out);
        return out;
    }

    private static void collect(Dep node, Dep verb, List<Dep> deps, List<Dep> out) {
        out.add(node);
        for (Dep d : deps) {
            if (d.head() == node.id() && d.id() != verb.id() && !NOT_IN_SUBJECT.contains(d.label())
                    && !(d.label().equals("prep") && !d.form().equalsIgnoreCase("of"))) {
                collect(d, verb, deps, out);
            }
        }
    }

    /** The "not" on the verb, on its copula or auxiliary head ("was not armed": "not" hangs on "was"). */
    private static Dep negationOf(Dep verb, List<Dep> deps) {
        Dep neg = child(verb, deps, "neg");
        if (neg == null && Set.of("acomp", "attr").contains(verb.label())) {
            neg = child(node(deps, verb.head()), deps, "neg");
        }
        return neg;
    }

    /**
     * The reader's own terms for these words: the parse only re-assigns terms between subject and
     * arguments, so names, quantifier words and lemmas stay as the reader normalised them
     * (ClearNLP lemmatises "Ines" to "in").
     */
    private static List<String> terms(List<Dep> words, Set<String> vocabulary) {
        List<String> out = new ArrayList<>();
        words.stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).forEach(w -> {
            String form = Lexicon.key(w.form().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", ""));
            String lemma = Lexicon.key(w.lemma().toLowerCase(Locale.ROOT));
            String term = vocabulary.contains(form) ? form : vocabulary.contains(lemma) ? lemma : null;
            if (term != null && !out.contains(term)) {
                out.add(term);
            }
        });
        return out;
    }

    private static Dep child(Dep head, List<Dep> deps, String label) {
        if (head == null) {
            return null;
        }
        for (Dep d : deps) {
            if (d.head() == head.id() && d.label().equals(label)) {
                return d;
            }
        }
        return null;
    }

    private static Dep node(List<Dep> deps, int id) {
        return id >= 1 && id <= deps.size() ? deps.get(id - 1) : null;
    }
}
