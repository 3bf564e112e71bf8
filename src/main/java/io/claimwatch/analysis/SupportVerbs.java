package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a support-verb construction as the verb its noun names (lexicon/support-verbs.txt): "police
 * made two arrests" as "police arrested", "no arrests have been made" as "nobody was arrested" (the
 * noun was the passive subject, so no one is named as the doer).
 */
final class SupportVerbs {

    private SupportVerbs() {}

    private static final Map<String, String> MEANING = new HashMap<>();
    /** "be" supports an event noun only in "there is / are" with a count or "no": a claim without a subject. */
    private static final String EXISTENTIAL = "be";

    /** Verb to the event nouns that stand for it: die to death, fatality; employ to employee, worker. */
    private static final Map<String, java.util.Set<String>> NOUNS = new HashMap<>();

    static {
        for (List<String> row : LexiconFile.load("support-verbs").rows()) {
            for (String support : row.subList(2, row.size())) {
                MEANING.put(Lexicon.key(support) + "|" + Lexicon.key(row.get(0)), row.get(1));
            }
            NOUNS.computeIfAbsent(row.get(1), k -> new java.util.HashSet<>()).add(Lexicon.key(row.get(0)));
        }
    }

    /** The nouns (as keys) a support-verb construction reads as {@code verb}. */
    static java.util.Set<String> nounsOf(String verb) {
        return NOUNS.getOrDefault(verb, java.util.Set.of());
    }

    static Claim rewrite(Claim c) {
        if (c.predicate().equals(EXISTENTIAL) && (!c.subject().isEmpty() || c.quantifier() == null && c.quantities().isEmpty())) {
            return c; // "there were no deaths", "there were two deaths" count who died; "reports of his death are a hoax" do not
        }
        List<String> nouns = c.passive() ? c.subject() : c.arguments();
        // "no arrests were made over the stabbing": the tagger's particle ("make over") is a preposition here
        String light = c.predicate().contains(" ") ? c.predicate().substring(0, c.predicate().indexOf(' ')) : c.predicate();
        for (String noun : nouns) {
            String verb = MEANING.getOrDefault(c.predicate() + "|" + noun, MEANING.get(light + "|" + noun));
            if (verb == null) {
                continue;
            }
            List<String> subject = new ArrayList<>(c.subject());
            List<String> arguments = new ArrayList<>(c.arguments());
            (c.passive() ? subject : arguments).remove(noun);
            String predicate = Lexicon.key(verb);
            Eventuality eventuality = Cues.eventualityOf(predicate);
            return new Claim(c.text(), predicate, c.predicateText(), subject, arguments, c.polarity(), c.negationCue(),
                    c.modality(), c.modalCue(), c.attribution(), false, c.aspect(), eventuality, c.time(), c.quantifier(),
                    c.quantities());
        }
        return c;
    }
}
