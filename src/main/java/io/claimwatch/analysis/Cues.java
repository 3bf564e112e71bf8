package io.claimwatch.analysis;

import java.util.Set;

/** Word lists for negation, modality and event types. */
final class Cues {

    private Cues() {}

    static final Set<String> HEDGE_AUX = Set.of("may", "might", "could", "would", "should", "must", "ought");
    static final Set<String> FUTURE_AUX = Set.of("will", "shall", "wo", "'ll");
    static final Set<String> HEDGE_WORDS = Set.of("possibly", "perhaps", "probably", "likely", "unlikely",
            "reportedly", "allegedly", "apparently", "maybe", "presumably", "supposedly", "purportedly",
            "seemingly", "doubt", "unclear", "uncertain", "doubtful", "rumour", "rumor", "whether", "if",
            "unless", "suspected", "alleged", "potentially",
            "conceivably", "arguably");
    /** Verbs that, followed by "to", make the next verb the predicate and say it is intended, not done. */
    static final Set<String> PLAN_VERBS = Set.of("plan", "intend", "aim", "expect", "schedule", "want", "seek",
            "vow", "pledge", "promise", "threaten", "decide", "prepare", "hope", "wish", "propose", "try",
            "attempt", "set", "agree", "offer", "need", "have");
    /** Implicatives: "failed to win" means did not win. */
    /** Adjectives that make the verb after "to" a plan: "is ready to sign". */
    static final Set<String> READY = Set.of("ready", "willing", "prepared", "poised", "set", "due", "determined");

    /** Verbs that deny the gerund after them: "denied taking the money". */
    static final Set<String> DENYING = Set.of("deny");

    static final Set<String> NEGATIVE_IMPLICATIVE = Set.of("fail", "refuse", "decline", "neglect", "forget");
    static final Set<String> POSITIVE_IMPLICATIVE = Set.of("manage", "succeed", "continue", "proceed", "go");
    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing",
            "neither", "nor", "nowhere", "noone");
    /** Events that happen once, so statements about them constrain one date. */
    static final Set<String> ONCE = Set.of("begin", "end", "die", "kill", "resign", "arrest", "sign", "elect",
            "bear", "found", "invent", "marry", "divorce", "graduate", "retire", "appoint", "win", "lose",
            "release", "publish", "attack", "test", "occur", "happen", "visit", "arrive", "approve", "pass",
            "ratify", "veto", "convict", "acquit", "sentence", "fire", "hire", "withdraw", "invade", "collapse",
            "crash", "explode", "destroy", "build", "complete", "discover", "establish", "create", "award",
            "nominate", "inaugurate", "injure", "charge", "indict", "deploy", "capture", "sink", "land", "erupt",
            "assassinate", "murder", "execute", "surrender", "declare", "introduce", "unveil", "reach", "ban",
            "strike", "hit", "take place", "shoot", "detonate", "kidnap", "abduct");
    static final Set<String> STATES = Set.of("be", "have", "own", "live", "reside", "know", "hold", "remain",
            "stay", "lead", "control", "support", "oppose", "belong", "contain", "include", "employ", "run",
            "serve", "need", "want", "like", "love", "hate", "believe", "consider", "represent", "head");
}
