package io.claimwatch.detection;

import io.claimwatch.analysis.Aspect;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.FollowingWords;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.LexiconFile;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims an event entails about the state after it (lexicon/inferences.txt): "was killed" adds
 * "died", "resigned as minister" adds "is not minister". Added beside the stated claims when two
 * statements are compared, never stored, so the rules see both. What a claim's wording entails
 * besides (roles, "treated for", ...) is {@link WordedInferences}'.
 */
final class Inferences {

    private Inferences() {}

    /**
     * {@code passiveState}: the state is said of the event's object too ("were released": are not held).
     * {@code keeps}: the state keeps the event's circumstances ("reopened to visitors": open to visitors).
     * {@code ofObject}: the entailed claim is the object's, its doer a circumstance ("the fire killed 12": 12 died in the fire);
     * with {@code passiveState} too it is said in the passive ("the fire destroyed the theatre": it was damaged in the fire).
     */
    private record Entry(String event, String voice, String entailed, boolean opposite, boolean passiveState, boolean keeps,
                         boolean ofObject) {}

    private static final java.util.Set<String> DIRECTIONS = LexiconFile.load("directional-prepositions").words();

    private static final List<Entry> ENTRIES = LexiconFile.load("inferences").rows().stream()
            .map(r -> new Entry(r.get(0), r.get(1), r.get(2), r.get(3).equals("opposite"),
                    r.subList(4, r.size()).contains("passive"), r.subList(4, r.size()).contains("keeps"),
                    r.subList(4, r.size()).contains("object"))).toList();

    /** Acts that undo the event their object names: "cancelled his visit". */
    private static final java.util.Set<String> UNDOING = LexiconFile.load("cancelling-verbs").withField("undoes");

    /** The claims with those they entail; {@code doerLeftOut}: entailed ones that dropped who did it. */
    record Expanded(List<Claim> claims, java.util.Set<Claim> doerLeftOut) {}

    static Expanded expand(List<Claim> stated) {
        List<Claim> claims = new ArrayList<>(stated);
        stated.forEach(c -> claims.addAll(WordedInferences.conjuncts(c))); // each conjunct entails what the whole does
        List<Claim> out = new ArrayList<>(claims);
        java.util.Set<Claim> doerLeftOut = new java.util.HashSet<>();
        for (Claim c : claims) {
            undonePlan(c).ifPresent(out::add);
            plannedEvent(c).ifPresent(out::add);
            out.addAll(WordedInferences.of(c));
            whoItHappenedTo(c).ifPresent(out::add);
            for (Entry e : ENTRIES) {
                boolean voice = e.voice().equals("any") || e.voice().equals("passive") == c.passive();
                if (!c.predicate().equals(e.event()) || !voice) {
                    continue;
                }
                // states that relate the subject to what the event names keep its terms: "is not minister", "has no oxygen"
                boolean relation = Lexicon.isRelation(e.entailed());
                if (relation && c.arguments().isEmpty()) {
                    continue; // "the minister resigned" names no office to have left
                }
                List<String> after = FollowingWords.of(c);
                if (relation && !after.isEmpty() && DIRECTIONS.contains(after.get(0))) {
                    continue; // "left for Brussels" says where she went, not that she is not there
                }
                if (e.ofObject()) {
                    if (c.polarity() == Polarity.POSITIVE && !c.subject().isEmpty()) {
                        // like the passive's ("12 people were killed"), the entailed claim drops the circumstances;
                        // a doer that is a thing is also its cause ("died in the blast"), a person never, lest
                        // they be taken for who died
                        Claim anyDoer = ofObject(c, e, List.of());
                        out.add(anyDoer);
                        doerLeftOut.add(anyDoer);
                        if (c.subject().stream().noneMatch(w -> Lexicon.shared().isPersonKind(w))) {
                            out.add(ofObject(c, e, c.subject()));
                        }
                    }
                    continue;
                }
                Polarity polarity = e.opposite() ? c.polarity().flip() : c.polarity();
                String cue = polarity == Polarity.POSITIVE ? null : c.negationCue() != null ? c.negationCue() : c.predicateText();
                // the state after an event keeps the office ("as minister") but not the event's circumstances
                // ("died in hospital": not alive, anywhere); a denied event keeps them all, as it denies only
                // what it names ("was not killed in the attack"), and so does a passive said alike of the
                // object ("destroyed in the shelling": damaged in the shelling) and a state marked "keeps"
                // ("reopened to visitors": open to them)
                List<String> arguments = relation || c.polarity() == Polarity.NEGATIVE || e.passiveState() && !e.opposite()
                        || e.keeps() ? c.arguments() : List.of();
                out.add(entailed(c, e, relation, polarity, cue, arguments));
                if (!relation && !e.opposite() && arguments.isEmpty() && !c.arguments().isEmpty()) {
                    // an event entailing one of the same kind is that event, in its circumstances too: "four were
                    // killed in the shooting" says four died in the shooting (so it meets "two died in the shooting")
                    out.add(entailed(c, e, relation, polarity, cue, c.arguments()));
                }
            }
        }
        doerLeftOut.removeAll(claims); // a stated claim alike keeps its standing
        return new Expanded(out, java.util.Set.copyOf(doerLeftOut));
    }

    /** The claim {@code e} entails of {@code c}'s subject, with {@code arguments}. */
    private static Claim entailed(Claim c, Entry e, boolean relation, Polarity polarity, String cue, List<String> arguments) {
        return new Claim(c.text(), e.entailed(), c.predicateText(), c.subject(), arguments, polarity, cue,
                c.modality(), c.modalCue(), c.attribution(), e.passiveState() && c.passive(), c.aspect(),
                // the opposite of an event is the state it leaves ("released": not held), not an event; so is a
                // state the lexicon names ("escaped": at large)
                relation || e.opposite() || Lexicon.isStatePredicate(e.entailed()) ? Eventuality.STATE : c.eventuality(), c.time(),
                c.quantifier(), c.quantities());
    }

    private static Claim ofObject(Claim c, Entry e, List<String> cause) {
        // "rescuers found the climber": the climber is not missing, a state left by the event
        Polarity polarity = e.opposite() ? c.polarity().flip() : c.polarity();
        return new Claim(c.text(), e.entailed(), c.predicateText(), c.arguments(), cause, polarity,
                polarity == Polarity.NEGATIVE ? c.predicateText() : null, c.modality(), c.modalCue(), c.attribution(),
                e.passiveState(), c.aspect(), e.opposite() ? Eventuality.STATE : c.eventuality(), c.time(), null, c.quantities());
    }

    /**
     * "The president cancelled his visit to Kenya": he will not visit Kenya. The object names an event
     * by a noun that is also its verb; the rest of the object stays as that verb's arguments.
     */
    private static java.util.Optional<Claim> undonePlan(Claim c) {
        if (!UNDOING.contains(c.predicate()) || c.polarity() != Polarity.POSITIVE || c.modality() != Modality.ASSERTED
                || c.arguments().isEmpty() || c.aspect() != Aspect.PAST && c.aspect() != Aspect.PERFECT) {
            return java.util.Optional.empty();
        }
        String event = c.arguments().get(0);
        Lexicon lexicon = Lexicon.shared();
        if (!lexicon.isVerb(event) || !lexicon.isEventNoun(event)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Claim(c.text(), Lexicon.key(event), c.predicateText(), c.subject(),
                c.arguments().subList(1, c.arguments().size()), Polarity.NEGATIVE, c.predicateText(), Modality.PLANNED,
                c.predicateText(), c.attribution(), false, Aspect.FUTURE, Eventuality.ONCE, null, null, List.of()));
    }

    /** Verbs whose event-noun object is intended as a "to V" would be: "is planning job cuts". */
    private static final java.util.Set<String> PLANNING = LexiconFile.load("plan-verbs").withField("object");

    /**
     * "Acme is not planning any job cuts": Acme does not plan to cut jobs. The head of the object, when it is also
     * a verb, becomes the planned verb; the other object words stay its arguments.
     */
    private static java.util.Optional<Claim> plannedEvent(Claim c) {
        if (!PLANNING.contains(c.predicate()) || c.modality() != Modality.ASSERTED || c.passive()
                || c.aspect() != Aspect.PRESENT && c.aspect() != Aspect.PERFECT) {
            return java.util.Optional.empty();
        }
        String event = objectHead(c);
        if (event == null || !Lexicon.shared().isVerb(event)) {
            return java.util.Optional.empty();
        }
        List<String> rest = c.arguments().stream().filter(a -> !a.equals(event)).toList();
        return java.util.Optional.of(new Claim(c.text(), event, c.predicateText(), c.subject(), rest,
                c.polarity(), c.negationCue(), Modality.PLANNED, c.predicateText(), c.attribution(), false,
                Aspect.FUTURE, Eventuality.ONCE, c.time(), c.quantifier(), List.of()));
    }

    /**
     * The head noun of the object right after the verb ("planning any job cuts": cut), as an argument term: the
     * last of the argument words that follow the verb with at most two other words before them; null if none.
     */
    private static String objectHead(Claim c) {
        Lexicon lexicon = Lexicon.shared();
        String head = null;
        int skipped = 0;
        for (String word : io.claimwatch.analysis.FollowingWords.of(c)) {
            String term = Lexicon.key(lexicon.nounBaseOf(word));
            if (c.arguments().contains(term)) {
                head = term;
            } else if (head != null || ++skipped > 2) {
                break;
            }
        }
        return head;
    }

    /**
     * "The injured were taken to two hospitals": people were injured. A subject that is "the" and a
     * participle names those the event happened to, so says it happened (and meets "nobody was injured").
     */
    private static java.util.Optional<Claim> whoItHappenedTo(Claim c) {
        if (c.polarity() != Polarity.POSITIVE || c.modality() != Modality.ASSERTED || c.subject().size() != 1) {
            return java.util.Optional.empty();
        }
        List<String> before = FollowingWords.before(c);
        String event = c.subject().get(0);
        if (before.size() != 2 || !before.get(0).equals("the") || !before.get(1).endsWith("ed")) {
            return java.util.Optional.empty();
        }
        String verb = Lexicon.shared().verbBaseOf(before.get(1), before.get(1));
        if (verb == null || !event.equals(Lexicon.key(verb))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Claim(c.text(), event, before.get(1), List.of(), List.of(), Polarity.POSITIVE, null,
                Modality.ASSERTED, null, c.attribution(), true, Aspect.PAST, Eventuality.OTHER, c.time(), null, List.of()));
    }
}
