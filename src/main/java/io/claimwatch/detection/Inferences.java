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
 * statements are compared, never stored, so the rules see both.
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
        stated.forEach(c -> claims.addAll(conjuncts(c))); // each conjunct entails what the whole does
        List<Claim> out = new ArrayList<>(claims);
        java.util.Set<Claim> doerLeftOut = new java.util.HashSet<>();
        for (Claim c : claims) {
            undonePlan(c).ifPresent(out::add);
            out.addAll(roleRelations(c));
            eventHappened(c).ifPresent(out::add);
            ruledOutCause(c).ifPresent(out::add);
            treatedFor(c).ifPresent(out::add);
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
                // the opposite of an event is the state it leaves ("released": not held), not an event
                relation || e.opposite() ? Eventuality.STATE : c.eventuality(), c.time(),
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

    /**
     * "An earthquake has hit the coast", "a storm swept the region": the event happened there. An
     * event noun as the subject of an asserted past act says the event took place, where its object
     * is, so it meets "no earthquake occurred on the coast".
     */
    private static java.util.Optional<Claim> eventHappened(Claim c) {
        if (c.passive() || c.polarity() != Polarity.POSITIVE || c.modality() != Modality.ASSERTED || c.subject().isEmpty()
                || c.aspect() != Aspect.PAST && c.aspect() != Aspect.PERFECT || c.predicate().equals(HAPPEN)
                || Lexicon.isRelation(c.predicate())) {
            return java.util.Optional.empty();
        }
        String head = c.subject().get(c.subject().size() - 1);
        if (!Lexicon.shared().isHappeningNoun(head) || PHASE_VERBS.contains(c.predicate())) {
            return java.util.Optional.empty(); // "the strike ended at 2 p.m." tells when, not that it happened somewhere
        }
        // not once: "the storm hit the coast on Friday" and "hit the island on Saturday" may both be so
        return java.util.Optional.of(new Claim(c.text(), HAPPEN, c.predicateText(), c.subject(), c.arguments(), Polarity.POSITIVE,
                null, Modality.ASSERTED, null, c.attribution(), false, c.aspect(), Eventuality.OTHER, c.time(), null, List.of()));
    }

    private static final java.util.Set<String> DETERMINERS = LexiconFile.load("determiner-words").words();
    private static final java.util.Set<String> JOINERS = LexiconFile.load("distributive-joiners").words();

    /**
     * "Shops and schools reopened": schools reopened, and shops did, so either meets "schools remain
     * closed"; "neither the mayor nor his deputy attended": the mayor did not. Only for a subject of two
     * words joined by "and" or "nor" and nothing else.
     */
    private static List<Claim> conjuncts(Claim c) {
        if (c.subject().size() != 2 || c.text() == null) {
            return List.of();
        }
        List<String> before = FollowingWords.before(c).stream().filter(w -> !DETERMINERS.contains(w)).toList();
        if (before.size() != 3 || !JOINERS.contains(before.get(1))) {
            return List.of();
        }
        return c.subject().stream().map(s -> c.withSubject(List.of(s))).toList();
    }

    private static final java.util.Set<String> EXCLUDING = LexiconFile.load("excluding-verbs").words();
    private static final String CAUSE = Lexicon.key("cause");

    /**
     * "Investigators ruled out terrorism as the cause of the crash": terrorism did not cause it. The
     * words before "cause" are what was ruled out, those after it the effect.
     */
    private static java.util.Optional<Claim> ruledOutCause(Claim c) {
        int at = c.arguments().indexOf(CAUSE);
        if (!EXCLUDING.contains(c.predicate()) || c.polarity() != Polarity.POSITIVE || c.modality() != Modality.ASSERTED
                || at < 1 || at == c.arguments().size() - 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Claim(c.text(), CAUSE, c.predicateText(), c.arguments().subList(0, at),
                c.arguments().subList(at + 1, c.arguments().size()), Polarity.NEGATIVE, c.predicateText(), Modality.ASSERTED,
                null, c.attribution(), false, c.aspect(), Eventuality.OTHER, c.time(), null, List.of()));
    }

    private static final String TREAT = Lexicon.key("treat");
    private static final String FOR = "for";

    /**
     * "Two people were treated for minor injuries": they were injured. What someone was treated for,
     * when it is a verb's noun (injury: injure), happened to them.
     */
    private static java.util.Optional<Claim> treatedFor(Claim c) {
        List<String> after = FollowingWords.of(c);
        if (!c.predicate().equals(TREAT) || !c.passive() || c.polarity() != Polarity.POSITIVE || after.isEmpty()
                || !after.get(0).equals(FOR)) {
            return java.util.Optional.empty();
        }
        Lexicon lexicon = Lexicon.shared();
        // the first word after "for" that is no adjective ("minor injuries": injuries), as the verb it folds to
        return after.stream().skip(1).filter(w -> !lexicon.isAdjective(w)).findFirst()
                .map(w -> Lexicon.key(lexicon.nounBaseOf(w))).filter(k -> c.arguments().contains(k) && lexicon.isVerb(k))
                .map(event -> new Claim(c.text(), event, c.predicateText(), c.subject(),
                        c.arguments().stream().filter(a -> !a.equals(event)).toList(), Polarity.POSITIVE, null, c.modality(),
                        c.modalCue(), c.attribution(), true, c.aspect(), c.eventuality(), c.time(), c.quantifier(), c.quantities()));
    }

    private static final String HAPPEN = Lexicon.key("occur");
    private static final java.util.Set<String> PHASE_VERBS = LexiconFile.load("phase-verbs").words();

    private static final java.util.Map<String, List<String>> ROLE_RELATIONS = LexiconFile.load("role-relations").rows().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r.get(0), r -> List.copyOf(r.subList(1, r.size())),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList())); // two rows for one role merge
    private static final java.util.Set<String> PAST_ROLE = LexiconFile.load("past-role-modifiers").words();

    /**
     * "Anna Berg is a columnist for the Daily Post" (an apposition's claim too): she writes and works
     * for it (lexicon/role-relations.txt). The role words go; what is left names whom the relation is
     * to. Only for a role held now ("a former columnist" no longer writes there), asserted flatly.
     */
    private static List<Claim> roleRelations(Claim c) {
        if (!c.predicate().equals("be") || c.polarity() != Polarity.POSITIVE || c.modality() != Modality.ASSERTED
                || c.aspect() == Aspect.FUTURE || c.arguments().stream().anyMatch(PAST_ROLE::contains)
                || FollowingWords.before(c).stream().anyMatch(PAST_ROLE::contains)) {
            return List.of();
        }
        List<String> roles = c.arguments().stream().filter(ROLE_RELATIONS::containsKey).toList();
        List<String> to = c.arguments().stream().filter(a -> !ROLE_RELATIONS.containsKey(a)).toList();
        if (roles.isEmpty() || to.isEmpty() || c.text() != null && java.util.Arrays.stream(
                c.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).anyMatch(PAST_ROLE::contains)) {
            return List.of();
        }
        return roles.stream().flatMap(role -> ROLE_RELATIONS.get(role).stream()).distinct()
                .map(relation -> new Claim(c.text(), relation.replace(":passive", ""), c.predicateText(), c.subject(), to,
                        Polarity.POSITIVE, null, Modality.ASSERTED, null, c.attribution(), relation.endsWith(":passive"),
                        Aspect.PRESENT, Eventuality.STATE, c.time(), null, List.of()))
                .toList();
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
