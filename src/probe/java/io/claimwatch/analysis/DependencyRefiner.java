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
    private static final Set<String> SKIP_TERMS = LexiconFile.load("skip-terms").words();

    private final ClearNlpParser parser = new ClearNlpParser();

    @Override
    public List<Claim> refine(String sentence, List<Claim> claims) {
        if (claims.isEmpty()) {
            return claims;
        }
        List<Dep> deps = parser.parse(sentence);
        Set<Integer> taken = new HashSet<>();
        List<Claim> out = new ArrayList<>();
        for (Claim claim : claims) {
            Dep verb = verbOf(claim, deps, taken);
            out.add(verb == null ? claim : refine(claim, verb, deps));
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

    private static Claim refine(Claim c, Dep verb, List<Dep> deps) {
        List<String> subject = c.subject();
        List<String> arguments = new ArrayList<>(c.arguments());
        Dep subj = subjectOf(verb, deps);
        if (subj != null) {
            List<String> found = terms(subjectWords(subj, verb, deps));
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
        boolean anyNeg = deps.stream().anyMatch(d -> d.label().equals("neg"));
        if (plainCue && polarity == Polarity.NEGATIVE && neg == null && anyNeg) {
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

    /** The subject phrase (with its appositions and conjuncts) without relative or participial clauses, never the verb's own words. */
    private static List<Dep> subjectWords(Dep subj, Dep verb, List<Dep> deps) {
        List<Dep> out = new ArrayList<>();
        collect(subj, verb, deps, out);
        return out;
    }

    private static void collect(Dep node, Dep verb, List<Dep> deps, List<Dep> out) {
        out.add(node);
        for (Dep d : deps) {
            if (d.head() == node.id() && d.id() != verb.id() && !NOT_IN_SUBJECT.contains(d.label())) {
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

    private static List<String> terms(List<Dep> words) {
        List<String> out = new ArrayList<>();
        words.stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).forEach(w -> {
            boolean content = w.pos().startsWith("NN") || w.pos().startsWith("JJ") || w.pos().equals("VBG");
            String norm = w.pos().startsWith("NNP") ? w.form().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", "")
                    : w.lemma().toLowerCase(Locale.ROOT);
            if (content && !SKIP_TERMS.contains(norm) && !Cues.NEGATORS.contains(norm) && !Quantities.isNumberWord(norm)) {
                String term = Lexicon.key(norm);
                if (!term.isBlank() && Character.isLetterOrDigit(term.charAt(0)) && !out.contains(term)) {
                    out.add(term);
                }
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
