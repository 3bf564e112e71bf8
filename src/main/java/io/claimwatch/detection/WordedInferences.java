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
 * Claims entailed by how a claim is worded rather than by its event alone (see {@link Inferences} for
 * those): a role held at an organisation ("a columnist for the Courier" writes for it), an event noun
 * doing something ("an earthquake hit the coast": it happened there), "ruled out X as the cause of
 * Y", "treated for injuries", "suffered a broken leg", and each of two joined subjects. Added beside the stated claims when
 * two statements are compared, never stored.
 */
final class WordedInferences {

    private WordedInferences() {}

    /** What {@code c}'s wording entails besides its event's states. */
    static List<Claim> of(Claim c) {
        List<Claim> out = new ArrayList<>(roleRelations(c));
        eventHappened(c).ifPresent(out::add);
        ruledOutCause(c).ifPresent(out::add);
        treatedFor(c).ifPresent(out::add);
        sufferedHarm(c).ifPresent(out::add);
        return out;
    }

    private static final java.util.Set<String> SUFFERING = LexiconFile.load("suffering-verbs").words();

    /**
     * "The striker suffered a broken leg": the striker broke a leg, so it meets "did not break his leg". The
     * object is a participle ("broken", "fractured") and a noun; the participle's verb is the claim's.
     */
    private static java.util.Optional<Claim> sufferedHarm(Claim c) {
        if (!SUFFERING.contains(c.predicate()) || c.passive() || c.arguments().size() < 2) {
            return java.util.Optional.empty();
        }
        String participle = c.arguments().get(0);
        String verb = Lexicon.shared().verbBaseOf(participle, participle);
        if (verb == null || verb.equals(participle) || !FollowingWords.of(c).contains(participle)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Claim(c.text(), Lexicon.key(verb), c.predicateText(), c.subject(),
                c.arguments().subList(1, c.arguments().size()), c.polarity(), c.negationCue(), c.modality(), c.modalCue(),
                c.attribution(), false, c.aspect(), c.eventuality(), c.time(), c.quantifier(), c.quantities()));
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
    static List<Claim> conjuncts(Claim c) {
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

    /** "treated for injuries", "taken to hospital with burns": the act and the word before what it was for. */
    private static final java.util.Map<String, String> CARE = LexiconFile.load("care-verbs").pairs();

    /**
     * "Two people were treated for minor injuries", "taken to hospital with burns": they were injured. What
     * someone was treated for, when it is a verb's noun (injury: injure), happened to them.
     */
    private static java.util.Optional<Claim> treatedFor(Claim c) {
        List<String> following = FollowingWords.of(c);
        String preposition = CARE.get(c.predicate());
        int at = preposition == null ? -1 : following.indexOf(preposition);
        if (at < 0 || !c.passive() || c.polarity() != Polarity.POSITIVE) {
            return java.util.Optional.empty();
        }
        List<String> after = following.subList(at, following.size());
        Lexicon lexicon = Lexicon.shared();
        // the first word after "for" that is no adjective ("minor injuries": injuries), as the verb it folds to
        // a kind of injury ("burns", "a fracture") says the patient was injured
        return after.stream().skip(1).filter(w -> !lexicon.isAdjective(w)).findFirst()
                .map(w -> Lexicon.key(lexicon.nounBaseOf(w)))
                .filter(k -> c.arguments().contains(k))
                .flatMap(noun -> lexicon.isInjuryNoun(noun) ? java.util.Optional.of(java.util.Map.entry(noun, INJURE))
                        : lexicon.isVerb(noun) ? java.util.Optional.of(java.util.Map.entry(noun, noun)) : java.util.Optional.empty())
                .map(e -> new Claim(c.text(), e.getValue(), c.predicateText(), c.subject(),
                        c.arguments().stream().filter(a -> !a.equals(e.getKey())).toList(), Polarity.POSITIVE, null, c.modality(),
                        c.modalCue(), c.attribution(), true, c.aspect(), c.eventuality(), c.time(), c.quantifier(), c.quantities()));
    }

    private static final String HAPPEN = Lexicon.key("occur");
    private static final String INJURE = Lexicon.key("injury");
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
                || c.aspect() == Aspect.FUTURE || c.arguments().stream().anyMatch(PAST_ROLE::contains)) {
            return List.of();
        }
        List<String> roles = c.arguments().stream().filter(ROLE_RELATIONS::containsKey).toList();
        List<String> to = c.arguments().stream().filter(a -> !ROLE_RELATIONS.containsKey(a)).toList();
        // "a former columnist": a past role anywhere in the text, where the arguments may have lost it
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
}
