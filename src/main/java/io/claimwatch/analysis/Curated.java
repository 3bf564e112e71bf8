package io.claimwatch.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-made word lists that WordNet gets wrong or too broadly for news claims: synonym groups
 * folded to one key, and antonym pairs that make two claims incompatible.
 */
final class Curated {

    private Curated() {}

    /** Each group's first word is the key every member folds to. */
    private static final List<List<String>> SYNONYMS = List.of(
            List.of("begin", "start", "commence", "embark", "launch", "initiate", "kick off", "open talk"),
            List.of("talk", "negotiation", "consultation", "discussion", "dialogue", "dialog"),
            List.of("end", "finish", "conclude", "terminate", "cease", "halt"),
            List.of("kill", "murder", "slay", "assassinate", "execute", "assassination", "murderer", "killing"),
            List.of("die", "perish", "death", "dead"),
            List.of("resign", "quit", "step down", "resignation"),
            List.of("arrest", "detain", "apprehend", "detention"),
            List.of("injure", "wound", "hurt", "injury", "injured", "wounded"),
            List.of("deploy", "deployment"),
            List.of("attack", "assault", "raid"),
            List.of("meet", "meeting"),
            List.of("win", "victory", "winner"),
            List.of("lose", "defeat", "loss"),
            List.of("elect", "election"),
            List.of("sign", "signing", "signature"),
            List.of("test", "trial run"),
            List.of("country", "nation"),
            List.of("people", "person", "individual"),
            List.of("us", "usa", "america", "united states", "u.s.", "u.s"),
            List.of("uk", "britain", "united kingdom", "u.k."),
            List.of("official", "formal"),
            List.of("buy", "purchase", "acquire", "acquisition"),
            List.of("agree", "agreement", "accord", "deal"),
            List.of("say", "tell", "announce", "add", "declare"),
            List.of("large", "big", "huge"),
            List.of("small", "little", "tiny"),
            List.of("reside", "live"));

    private static final List<List<String>> ANTONYMS = List.of(
            List.of("confirm", "deny"), List.of("rise", "fall"), List.of("increase", "decrease"),
            List.of("increase", "fall"), List.of("rise", "decrease"), List.of("open", "close"),
            List.of("open", "closed"), List.of("win", "lose"), List.of("accept", "reject"),
            List.of("approve", "reject"), List.of("approve", "veto"), List.of("alive", "dead"),
            List.of("alive", "die"), List.of("guilty", "innocent"), List.of("convict", "acquit"),
            List.of("succeed", "fail"), List.of("allow", "ban"), List.of("allow", "forbid"),
            List.of("allow", "prohibit"), List.of("permit", "ban"), List.of("support", "oppose"),
            List.of("true", "false"), List.of("legal", "illegal"), List.of("present", "absent"),
            List.of("agree", "disagree"), List.of("include", "exclude"), List.of("victory", "defeat"),
            List.of("ally", "enemy"), List.of("friend", "enemy"), List.of("safe", "dangerous"),
            List.of("satisfied", "dissatisfied"), List.of("supportive", "dissatisfied"),
            List.of("supportive", "opposed"), List.of("hire", "fire"), List.of("gain", "lose"),
            List.of("improve", "worsen"), List.of("strengthen", "weaken"), List.of("raise", "lower"),
            List.of("expand", "shrink"), List.of("war", "peace"), List.of("public", "private"),
            List.of("success", "failure"), List.of("majority", "minority"), List.of("before", "after"),
            List.of("above", "below"), List.of("more", "less"), List.of("more", "fewer"),
            List.of("most", "least"), List.of("first", "last"), List.of("large", "small"),
            List.of("high", "low"), List.of("significant", "slight"), List.of("major", "minor"),
            List.of("involvement", "ignorance"), List.of("aware", "unaware"), List.of("possible", "impossible"),
            List.of("always", "never"), List.of("routinely", "rarely"), List.of("often", "rarely"),
            List.of("everyone", "nobody"), List.of("all", "none"), List.of("everything", "nothing"),
            List.of("arrive", "depart"), List.of("remain", "leave"), List.of("stay", "leave"),
            List.of("boost", "cut"), List.of("increase", "cut"), List.of("grow", "shrink"),
            List.of("grow", "decline"), List.of("rise", "decline"), List.of("release", "detain"),
            List.of("release", "arrest"), List.of("free", "imprison"), List.of("admit", "deny"),
            List.of("lift", "impose"), List.of("ratify", "reject"), List.of("pass", "reject"),
            List.of("pass", "fail"), List.of("profit", "loss"), List.of("surplus", "deficit"),
            List.of("satisfy", "dissatisfy"), List.of("supportive", "dissatisfy"), List.of("submit", "withhold"),
            List.of("provide", "withhold"), List.of("disclose", "withhold"), List.of("reveal", "conceal"),
            List.of("often", "seldom"), List.of("frequently", "rarely"), List.of("usually", "rarely"),
            List.of("always", "rarely"), List.of("regularly", "rarely"), List.of("preserve", "destroy"),
            List.of("preserve", "destruction"), List.of("protect", "destroy"), List.of("build", "demolish"),
            List.of("typically", "infrequently"), List.of("usually", "infrequently"));

    static final Map<String, String> SYNONYM_KEY = new HashMap<>();
    static final Map<String, Set<String>> ANTONYM = new HashMap<>();

    static {
        for (List<String> group : SYNONYMS) {
            for (String word : group) {
                SYNONYM_KEY.putIfAbsent(word, group.get(0));
            }
        }
        for (List<String> pair : ANTONYMS) {
            // under the words and under their synonym keys, since claims carry keys ("loss" is "lose")
            for (String a : List.of(pair.get(0), SYNONYM_KEY.getOrDefault(pair.get(0), pair.get(0)))) {
                for (String b : List.of(pair.get(1), SYNONYM_KEY.getOrDefault(pair.get(1), pair.get(1)))) {
                    ANTONYM.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
                    ANTONYM.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
                }
            }
        }
    }
}
