package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Lexicon;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How far one claim's content is said by the other statement. A denial contradicts an assertion
 * only when the assertion entails what is denied, so coverage is directional: each term of the
 * denied claim must be entailed by (same, synonym or more specific) some term of the other side.
 */
final class Alignment {

    private final Lexicon lexicon;

    Alignment(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every content word a statement uses: all claims' predicates and terms. */
    static Set<String> bag(Collection<Claim> claims) {
        Set<String> bag = new LinkedHashSet<>();
        for (Claim c : claims) {
            bag.add(c.predicate());
            bag.addAll(c.terms());
        }
        return bag;
    }

    /** Whether the predicate of {@code specific} entails that of {@code general}. */
    boolean predicateEntails(Claim specific, Claim general) {
        return lexicon.entails(specific.predicate(), general.predicate());
    }

    boolean samePredicate(Claim a, Claim b) {
        return a.predicate().equals(b.predicate()) || predicateEntails(a, b) || predicateEntails(b, a);
    }

    /** Share of {@code claim}'s salient terms (excluding {@code ignore}) entailed by a term of {@code bag}; -1 when it has none. */
    double coverage(Claim claim, Set<String> bag, Set<String> ignore) {
        int total = 0;
        int covered = 0;
        for (String term : claim.terms()) {
            if (ignore.contains(term) || !salient(term)) {
                continue;
            }
            total++;
            if (covers(bag, term)) {
                covered++;
            }
        }
        return total == 0 ? -1 : (double) covered / total;
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
}
