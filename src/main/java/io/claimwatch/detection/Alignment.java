package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.LexiconFile;
import io.claimwatch.analysis.Lexicon;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How far one claim's content is said by the other statement. A denial contradicts an assertion
 * only when the assertion entails what is denied, so coverage is directional: each term of the
 * denied claim must be entailed by (same, synonym or more specific) some term of the other side.
 */
final class Alignment {

    /** Verbs whose intransitive subject is their transitive object. */
    private static final Set<String> ERGATIVE = LexiconFile.load("ergative-verbs").words();
    /** Acts two parties do with each other, whichever is named first (lexicon/symmetric-predicates.txt). */
    private static final Set<String> SYMMETRIC = LexiconFile.load("symmetric-predicates").words();

    private final Lexicon lexicon;

    Alignment(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every content word a statement uses: all claims' predicates and terms. */
    static Set<String> bag(Collection<Claim> claims) {
        Set<String> bag = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (!c.predicate().isEmpty()) {
                bag.add(c.predicate());
            }
            bag.addAll(c.terms());
        }
        return bag;
    }

    /**
     * "The company will not close the refinery" against "the refinery will close": one verb whose transitive
     * object is the other's intransitive subject, so the transitive doer is a word the other need not say.
     */
    boolean causedAlternation(Claim transitive, Claim intransitive) {
        return ERGATIVE.contains(transitive.predicate()) && transitive.predicate().equals(intransitive.predicate())
                && !transitive.passive() && !intransitive.passive() && !salientOnly(transitive.subject()).isEmpty()
                && share(salientOnly(intransitive.subject()), salientOnly(transitive.arguments())) >= 0.5
                && share(salientOnly(transitive.subject()), salientOnly(intransitive.subject())) == 0;
    }

    /** "Police arrested the driver" and "the driver was arrested" (no agent said): one act, the doer left out. */
    boolean passiveOfSameAct(Claim active, Claim passive) {
        return !active.passive() && passive.passive() && active.predicate().equals(passive.predicate())
                && !salientOnly(active.subject()).isEmpty()
                && share(salientOnly(passive.subject()), salientOnly(active.arguments())) >= 0.5
                && share(salientOnly(active.subject()), salientOnly(passive.arguments())) == 0;
    }

    /** Whether {@code c} says "no people" and the other subject names some kind of person. */
    private boolean anyone(Claim c, Set<String> subject, Set<String> other) {
        if (!"none".equals(c.quantifier()) || !Lexicon.PERSON.containsAll(subject)) {
            return false;
        }
        for (String word : other) {
            if (lexicon.isPersonKind(word)) {
                return true;
            }
        }
        return false;
    }

    /** Adds "people", "person"... to a bag that names some kind of person. */
    void addPersonWords(Set<String> bag) {
        for (String word : Set.copyOf(bag)) {
            if (lexicon.isPersonKind(word)) {
                bag.addAll(Lexicon.PERSON);
                return;
            }
        }
    }

    /** The words of one claim: its predicate and terms. */
    static Set<String> bag(Claim claim) {
        return bag(java.util.List.of(claim));
    }

    /**
     * Whether the subjects play the same role: "Nelson criticised the minister" is not "Nelson was
     * criticised". Active subjects must match active subjects; a passive subject is an object.
     */
    boolean rolesAgree(Claim a, Claim b) {
        if (equativeSwap(a, b)) {
            return true;
        }
        Set<String> sa = salientOnly(a.subject());
        Set<String> sb = salientOnly(b.subject());
        if (sa.isEmpty() || sb.isEmpty()) {
            return true;
        }
        boolean pa = passive(a);
        boolean pb = passive(b) && !participleRead(b, a) || participleRead(a, b); // "was drunk": one voice
        if (pa == pb) {
            if (share(sa, sb) >= 0.5 || share(sb, sa) >= 0.5) {
                return true;
            }
            if (!pa && SYMMETRIC.contains(a.predicate()) && a.predicate().equals(b.predicate())
                    && share(sa, salientOnly(b.arguments())) >= 0.5 && share(sb, salientOnly(a.arguments())) >= 0.5) {
                return true; // "the minister met the ambassador" / "the ambassador met the minister"
            }
            if (anyone(a, sa, sb) || anyone(b, sb, sa)) {
                return true; // "no people were hurt" and "two nurses were hurt"
            }
            // "the talks began" and "they began the talks": the intransitive subject is the object
            boolean ergative = ERGATIVE.contains(a.predicate()) || ERGATIVE.contains(b.predicate());
            return ergative && (share(sa, salientOnly(b.arguments())) >= 0.5 || share(sb, salientOnly(a.arguments())) >= 0.5);
        }
        if (ERGATIVE.contains(a.predicate()) && a.predicate().equals(b.predicate())) {
            // "the troops withdrew from the city" is "the troops were withdrawn from the city", as
            // long as the active side names nothing the passive leaves out (no object of its own)
            Claim active = pa ? b : a;
            Claim acted = pa ? a : b;
            Set<String> activeArgs = salientOnly(active.arguments());
            if (share(salientOnly(active.subject()), salientOnly(acted.subject())) >= 0.5
                    && (activeArgs.isEmpty() || share(activeArgs, salientOnly(acted.arguments())) == 1.0 || noObject(active))) {
                return true;
            }
        }
        // voices differ: a's subject should be found among b's other words, not as b's subject
        Set<String> bArgs = salientOnly(b.arguments());
        Set<String> aArgs = salientOnly(a.arguments());
        // "the company completed the sale of its unit" / "the sale of the company's unit was not completed": the
        // active's object is the passive's subject, which names the active's subject only as an owner
        boolean aSubjectIsBSubject = share(sa, sb) >= 0.5 && share(sa, bArgs) < 0.5 && !ownerOfObject(a, b, aArgs, sa, sb);
        boolean bSubjectIsASubject = share(sb, sa) >= 0.5 && share(sb, aArgs) < 0.5 && !ownerOfObject(b, a, bArgs, sb, sa);
        return !aSubjectIsBSubject && !bSubjectIsASubject;
    }

    static boolean passive(Claim c) {
        return c.passive();
    }

    private double share(Set<String> terms, Set<String> bag) {
        if (terms.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String t : terms) {
            if (covers(bag, t)) {
                n++;
            }
        }
        return (double) n / terms.size();
    }

    /** Whether every salient term of {@code terms} is among {@code others} (or entailed by one). */
    boolean covered(java.util.Collection<String> terms, java.util.Collection<String> others) {
        Set<String> salient = salientOnly(terms);
        return !salient.isEmpty() && share(salient, new LinkedHashSet<>(others)) == 1.0;
    }

    static Set<String> salientOnly(java.util.Collection<String> terms) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : terms) {
            if (salient(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the predicate of {@code specific} entails that of {@code general}. */
    boolean predicateEntails(Claim specific, Claim general) {
        if (specific.predicate().isEmpty() || general.predicate().isEmpty()) {
            return false; // a claim given without a predicate matches nothing
        }
        if (Lexicon.isLight(specific.predicate()) || Lexicon.isLight(general.predicate())) {
            return specific.predicate().equals(general.predicate()); // everything "is" something
        }
        return lexicon.entails(specific.predicate(), general.predicate())
                || participleRead(specific, general) || participleRead(general, specific);
    }

    /** "was drunk" read as the passive of "drink" on one side, as the adjective "drunk" on the other. */
    private boolean participleRead(Claim verb, Claim adjective) {
        return verb.passive() && !adjective.passive() && adjective.eventuality() == io.claimwatch.analysis.Eventuality.STATE
                && verb.predicate().equals(Lexicon.key(java.util.Objects.requireNonNullElse(
                        lexicon.verbBaseOf(adjective.predicate(), adjective.predicate()), "")));
    }

    /**
     * For "X is Y" the two sides must match part for part: "Jennings is not a mathematician" is
     * not denied by "an installation by Jennings is about a mathematician".
     */
    boolean copulaPartsAgree(Claim denied, Claim asserted) {
        if (!Lexicon.isLight(denied.predicate()) || equativeSwap(denied, asserted)) {
            return true;
        }
        Set<String> subject = new LinkedHashSet<>(asserted.subject());
        Set<String> rest = new LinkedHashSet<>(asserted.arguments());
        return part(salientOnly(denied.subject()), subject) && part(salientOnly(denied.arguments()), rest);
    }

    private static final java.util.regex.Pattern DEFINITE_COMPLEMENT = java.util.regex.Pattern.compile(
            "\\b(is|are|was|were)\\s+(not\\s+|never\\s+|n't\\s+)?(the\\s|\\p{Lu})");

    /**
     * "Nicosia is the capital" and "the capital is Nicosia": with a definite complement the copula
     * says two names pick out one thing, so subject and complement may swap. "A is an extension of
     * B" is no such identity and keeps its order.
     */
    boolean equativeSwap(Claim a, Claim b) {
        if (!a.predicate().equals("be") || !b.predicate().equals("be") || a.passive() || b.passive()) {
            return false;
        }
        Set<String> sa = salientOnly(a.subject());
        Set<String> sb = salientOnly(b.subject());
        if (sa.isEmpty() || sb.isEmpty() || !(definite(a) || definite(b))) {
            return false;
        }
        return share(sa, new LinkedHashSet<>(b.arguments())) == 1.0 && share(sb, new LinkedHashSet<>(a.arguments())) == 1.0;
    }

    private static boolean definite(Claim c) {
        return c.text() != null && DEFINITE_COMPLEMENT.matcher(c.text()).find();
    }

    /** The complement half of {@link #copulaPartsAgree}, for a subject that is everyone. */
    boolean argumentsAgree(Claim denied, Claim asserted) {
        return !Lexicon.isLight(denied.predicate())
                || part(salientOnly(denied.arguments()), new LinkedHashSet<>(asserted.arguments()));
    }

    private boolean part(Set<String> terms, Set<String> bag) {
        return terms.isEmpty() || share(terms, bag) >= 0.75;
    }

    boolean samePredicate(Claim a, Claim b) {
        return a.predicate().equals(b.predicate()) || predicateEntails(a, b) || predicateEntails(b, a);
    }

    /** "the other patient", "at the other plant": a word that points away from the thing the other side names. */
    private static final Set<String> OTHER_REFERENTS = io.claimwatch.analysis.LexiconFile.load("other-referents").words();

    static boolean pointsAway(String term) {
        return OTHER_REFERENTS.contains(term);
    }

    /**
     * Share of {@code claim}'s salient terms (excluding {@code ignore}) entailed by a term of {@code bag}; -1 when it
     * has none. A word pointing away from the other side's thing ("the other patient") weighs.
     */
    double coverage(Claim claim, Set<String> bag, Set<String> ignore) {
        int total = 0;
        int covered = 0;
        for (String term : claim.terms()) {
            // in a subject, or after "the" elsewhere ("production at the other plant"; not "among other things")
            boolean otherReferent = pointsAway(term) && (claim.subject().contains(term)
                    || claim.text() != null && claim.text().toLowerCase(java.util.Locale.ROOT).contains("the " + term + " "));
            // a word too common to count weighs when the other side says its opposite ("the new mill" / "the old mill")
            if (ignore.contains(term) || !salient(term) && !otherReferent && !opposedIn(bag, term)) {
                continue;
            }
            total++;
            if (covers(bag, term)) {
                covered++;
            }
        }
        return total == 0 ? -1 : (double) covered / total;
    }

    private static final Set<String> PLACE_PREPOSITIONS = LexiconFile.load("place-prepositions").words();

    /** "the painting failed to sell at auction": a place right after the verb, so no object of its own. */
    private static boolean noObject(Claim active) {
        java.util.List<String> after = io.claimwatch.analysis.FollowingWords.of(active);
        return !after.isEmpty() && PLACE_PREPOSITIONS.contains(after.get(0));
    }

    private boolean opposedIn(Set<String> bag, String term) {
        for (String word : bag) {
            if (lexicon.antonyms(word, term)) {
                return true;
            }
        }
        return false;
    }

    boolean covers(Set<String> bag, String term) {
        if (bag.contains(term)) {
            return true;
        }
        for (String word : bag) {
            if (lexicon.entails(word, term)) {
                return true;
            }
        }
        return false;
    }

    /** The subject is what a claim is about: all of a short subject must be there, most of a long one. */
    boolean subjectCovered(Claim claim, Set<String> bag) {
        Set<String> subject = salientOnly(claim.subject());
        if (subject.isEmpty()) {
            return true;
        }
        double share = share(subject, bag);
        return subject.size() <= 3 ? share == 1.0 : share >= 0.75;
    }

    /** Terms of {@code claim} that {@code bag} does not cover. */
    Set<String> uncovered(Claim claim, Set<String> bag) {
        Set<String> out = new LinkedHashSet<>();
        for (String term : claim.terms()) {
            if (salient(term) && !covers(bag, term)) {
                out.add(term);
            }
        }
        return out;
    }

    static boolean salient(String term) {
        return Lexicon.isSalient(term);
    }

    /**
     * A term of {@code claim} the other side names only as an owner ("did not arrest the driver" /
     * "arrested the driver's brother"): the words after its "'s" that {@code claim} does not cover,
     * or null. Read from the text, as claims keep no possessor.
     */
    String ownedInstead(Claim claim, Claim other) {
        Set<String> claimWords = bag(claim);
        if (other.text() == null || other.text().indexOf('\'') < 0 || Lexicon.isRelation(claim.predicate())) {
            return null; // "is not in Berlin" / "one of Berlin's landmarks": a place owns nothing here
        }
        String text = other.text().toLowerCase(java.util.Locale.ROOT);
        // the subject too: "reports of the actor's death are false" / "the actor's driver died"
        for (String term : claim.terms()) {
            if (!text.contains(term) || term.equals(claim.predicate())) {
                continue; // the pattern is built per term: only for one the text has
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(term)
                    + "\\w*\\s*'s?\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})").matcher(text);
            while (m.find()) {
                String owned = ownedNoun(m.group(1).split("\\s+"));
                // "the general's withholding of the letter", "the actor's death": the owner's own act, no one else
                boolean act = owned != null && (owned.endsWith("ing") || Lexicon.key(owned).equals(other.predicate()));
                if (owned != null && !act && Alignment.salient(Lexicon.key(owned)) && !covers(claimWords, Lexicon.key(owned))
                        && !covers(claimWords, owned) && !mentions(claim, owned)) {
                    return term + "'s " + owned;
                }
            }
        }
        return null;
    }

    /** {@code other}'s subject holds {@code c}'s object, and names {@code c}'s subject only as its owner. */
    private boolean ownerOfObject(Claim c, Claim other, Set<String> cArgs, Set<String> cSubject, Set<String> otherSubject) {
        return !cArgs.isEmpty() && share(cArgs, otherSubject) >= 0.5 && namesOwner(other, cSubject);
    }

    /**
     * "The sale of its shipping unit" / "the sale of the company's hotel unit": right before a noun both name,
     * each side puts a word of its own the other never says, so they name two things. The two phrases, or null.
     */
    String contrastingModifiers(Claim a, Claim b) {
        List<String> wa = textWords(a);
        List<String> wb = textWords(b);
        for (int i = 1; i < wa.size(); i++) {
            int j = wb.indexOf(wa.get(i));
            if (j < 1 || !modifierTerm(a, wa.get(i)) || !modifierTerm(b, wa.get(i))) {
                continue; // a noun both claims have as a term
            }
            String u = wa.get(i - 1);
            String v = wb.get(j - 1);
            // nouns that are no adjectives ("hotel", "shipping"): adjectives are often another's paraphrase ("domestic")
            if (!u.equals(v) && modifierTerm(a, u) && modifierTerm(b, v) && !wb.contains(u) && !wa.contains(v)
                    && nounOnly(u) && nounOnly(v)
                    && !covers(bag(b), Lexicon.key(u)) && !covers(bag(a), Lexicon.key(v))) {
                return u + " " + wa.get(i) + "\" / \"" + v + " " + wa.get(i);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'-]+");

    /** The claim's text as lower-case words (hyphens and apostrophes kept: "co-pilot", "company's"); none without text. */
    static List<String> textWords(Claim c) {
        return c.text() == null ? List.of() : List.of(NOT_WORD.split(c.text().toLowerCase(java.util.Locale.ROOT)));
    }

    private boolean nounOnly(String word) {
        return lexicon.isNoun(word) && !lexicon.isAdjective(word);
    }

    /** A salient word that is one of the claim's terms ("shipping", "unit"), not a number, a function word or an owner. */
    private static boolean modifierTerm(Claim c, String word) {
        return !word.endsWith("'s") && salient(Lexicon.key(word)) && c.terms().stream().anyMatch(t -> Lexicon.writtenFormOf(word, t));
    }

    /** "The singer's manager died": a term is named in the claim's text as an owner ("singer's"). */
    static boolean namesOwner(Claim c, Collection<String> terms) {
        String text = c.text() == null ? "" : c.text().toLowerCase(java.util.Locale.ROOT);
        return terms.stream().anyMatch(term -> text.contains(term + "'s ") || text.contains(term + "s' "));
    }

    /** {@link #ownedInstead} either way round: which of the two names the other's term only as an owner, or null. */
    String ownedEitherWay(Claim a, Claim b) {
        String owned = ownedInstead(a, b);
        return owned != null ? owned : ownedInstead(b, a);
    }

    /** Whether the claim's own text has the word, even where its terms lost it ("profit at the retailer fell"). */
    private static boolean mentions(Claim claim, String word) {
        return claim.text() != null && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word) + "\\b")
                .matcher(claim.text().toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** The first noun among the words after an "'s" ("longest-serving leader": leader), or null. */
    private static String ownedNoun(String[] words) {
        Lexicon lexicon = Lexicon.shared();
        for (String w : words) {
            if (w.contains("-") || !lexicon.isNoun(w) && !lexicon.isNoun(Lexicon.key(w)) && !lexicon.isNoun(lexicon.nounBaseOf(w))) {
                continue; // a modifier
            }
            return w;
        }
        return null;
    }
}
