package io.claimwatch.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * Reads "the jury found the minister guilty" as "the jury convicted the minister" and "doctors
 * pronounced him dead" as "he died": a verb, its object and a complement that together mean one
 * plain verb (lexicon/object-complements.txt).
 */
final class ObjectComplements {

    private ObjectComplements() {}

    /** How many words the object may take before its complement. */
    private static final int REACH = 6;

    private record Entry(String verb, List<String> complement, String plain, boolean ofObject) {}

    private static final List<Entry> ENTRIES = LexiconFile.load("object-complements").rows().stream()
            .map(r -> new Entry(r.get(0), List.of(r.get(1).split(" ")), r.get(2), r.get(3).equals("object")))
            .sorted(Comparator.comparingInt((Entry e) -> -e.complement().size())).toList();

    static Claim rewrite(Claim c) {
        if (c.passive() || c.arguments().isEmpty()) {
            return c;
        }
        List<String> words = FollowingWords.of(c);
        for (Entry e : ENTRIES) {
            if (!e.verb().equals(c.predicate())) {
                continue;
            }
            int n = e.complement().size();
            for (int i = 1; i + n <= words.size() && i <= REACH; i++) {
                if (words.subList(i, i + n).equals(e.complement())) {
                    List<String> arguments = c.arguments().stream()
                            .filter(a -> e.complement().stream().noneMatch(w -> w.equals(a) || Lexicon.key(w).equals(a))).toList();
                    // "found her not guilty": the "not" is the complement's, so the claim is no denial
                    boolean ownNot = c.polarity() == Polarity.NEGATIVE && e.complement().contains(c.negationCue());
                    Polarity polarity = ownNot ? Polarity.POSITIVE : c.polarity();
                    String cue = ownNot ? null : c.negationCue();
                    List<String> object = words.subList(0, i);
                    List<String> subject = e.ofObject() ? arguments.stream().filter(a -> Lexicon.namedIn(a, object)).toList() : c.subject();
                    List<String> rest = e.ofObject() ? arguments.stream().filter(a -> !Lexicon.namedIn(a, object)).toList() : arguments;
                    return new Claim(c.text(), e.plain(), c.predicateText(), subject, rest, polarity, cue,
                            c.modality(), c.modalCue(), c.attribution(), false, c.aspect(), c.eventuality(), c.time(),
                            c.quantifier(), c.quantities());
                }
            }
        }
        return c;
    }
}
