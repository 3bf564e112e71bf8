package io.claimwatch.analysis;

import java.util.Set;

/** Word lists for negation, modality and event types. */
final class Cues {

    private Cues() {}

    static final Set<String> HEDGE_AUX = LexiconFile.load("hedge-auxiliaries").heads();
    static final Set<String> FUTURE_AUX = LexiconFile.load("future-auxiliaries").words();
    static final Set<String> HEDGE_WORDS = LexiconFile.load("hedge-words").words();
    /** Verbs that, followed by "to", make the next verb the predicate and say it is intended, not done. */
    static final Set<String> PLAN_VERBS = LexiconFile.load("plan-verbs").heads();
    /** Adjectives that make the verb after "to" a plan: "is ready to sign". */
    static final Set<String> READY = LexiconFile.load("ready-adjectives").words();

    /** Verbs that deny the gerund after them: "denied taking the money". */
    static final Set<String> DENYING = LexiconFile.load("reporting-verbs").withField("denies");

    /** Implicatives: "failed to win" means did not win. */
    static final Set<String> NEGATIVE_IMPLICATIVE = LexiconFile.load("implicatives").withField("negative");
    static final Set<String> POSITIVE_IMPLICATIVE = LexiconFile.load("implicatives").withField("positive");
    static final Set<String> NEGATORS = LexiconFile.load("negators").words();
    /** Particles that make a phrasal verb with the verb before them ("step down", "shot down", "pile-up"). */
    static final Set<String> PARTICLES = LexiconFile.load("particles").words();
    /** Verbs of perception whose object does the bare verb after it ("saw the driver run a red light"). */
    static final Set<String> PERCEPTION = LexiconFile.load("perception-verbs").words();
    /** Nouns of reports, which a denial or a falsity word can debunk ("claims that P were untrue"). */
    static final Set<String> REPORT_NOUNS = LexiconFile.load("unasserting-nouns").withField("report");
    /** Verbs that work as "be" before a state ("remains closed", "stayed in custody"). */
    static final Set<String> COPULAR = LexiconFile.load("copular-verbs").words();
    /** Events that happen once, so statements about them constrain one date. */
    static final Set<String> ONCE = LexiconFile.load("eventualities").withField("once");
    static final Set<String> STATES = LexiconFile.load("eventualities").withField("state");

    /** What the lexicon says a predicate key names: an event that happens once, a state, or neither. */
    static Eventuality eventualityOf(String predicate) {
        return ONCE.contains(predicate) ? Eventuality.ONCE : STATES.contains(predicate) ? Eventuality.STATE : Eventuality.OTHER;
    }
}
