package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "The death toll rose to 58", "the number of dead has climbed to 112", "officials put the toll at
 * 30": a count verb stating the number of an event's victims reads as the event ("58 died"), so it
 * meets "41 people have died" (lexicon/toll-nouns.txt, count-verbs.txt).
 */
final class TollCounts {

    private TollCounts() {}

    private static final Map<String, String> TOLLS = LexiconFile.load("toll-nouns").pairs();
    private static final Set<String> COUNT_VERBS = LexiconFile.load("count-verbs").words();
    /** Counts of other events ("injury", "arrest"): a toll of those is not of the dead. */
    private static final Set<String> GROWING = LexiconFile.load("grow-only-counts").words();
    /** "put the toll at 30": the count is the object's. */
    private static final String PUT = "put";

    private static final String NUMBER = "number";
    private static final java.util.regex.Pattern NUMBER_OF = java.util.regex.Pattern.compile(
            "(?i)\\bnumber of (?:\\p{L}+ ){1,2}?(\\p{L}+ed)\\b");

    /** The event "the number of people killed" counts ("die"), when its participle names a grow-only count. */
    private static String countedParticiple(String text) {
        java.util.regex.Matcher m = text == null ? null : NUMBER_OF.matcher(text);
        if (m == null || !m.find()) {
            return null;
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String base = Lexicon.shared().verbBaseOf(word, word);
        String event = base == null ? null : Lexicon.key(base);
        event = event == null ? null : TOLLS.getOrDefault(event, event); // "killed": who was killed died
        return event != null && GROWING.contains(event) ? event : null;
    }

    static Claim rewrite(Claim c) {
        if (c.quantities().size() != 1 || !(COUNT_VERBS.contains(c.predicate()) || c.predicate().equals(PUT))) {
            return c;
        }
        String event = null;
        List<String> words = new ArrayList<>(c.predicate().equals(PUT) ? c.arguments() : c.subject());
        for (String w : words) {
            event = TOLLS.getOrDefault(w, event);
        }
        Quantity q = c.quantities().get(0);
        if (event == null && TOLLS.containsValue(q.counts()) && words.contains(q.counts())) {
            event = q.counts(); // "the number of dead": a count of the dead
        }
        String participle = event == null && words.contains(NUMBER) ? countedParticiple(c.text()) : null;
        if (participle != null) {
            event = participle; // "the number of people killed": a count of those who died
            words.remove(NUMBER);
        }
        boolean counted = q.counts().isEmpty() || TOLLS.containsKey(q.counts()) || q.counts().equals(event)
                || c.subject().contains(q.counts());
        if (event == null || !counted) {
            return c; // "the bridge toll rose to £8" counts pounds
        }
        String victims = event;
        words.removeIf(w -> TOLLS.containsKey(w) || w.equals(victims));
        for (String w : words) {
            if (GROWING.contains(w) && !w.equals(victims)) {
                return c; // "the injury toll": not the dead
            }
        }
        // what else the subject said stays a term ("the quake death toll": quake)
        List<String> arguments = new ArrayList<>(words);
        if (!c.predicate().equals(PUT)) {
            arguments.addAll(c.arguments());
        }
        Quantity count = new Quantity(q.text(), q.value(), q.bound(), event, true);
        return new Claim(c.text(), event, c.predicateText(), List.of(), List.copyOf(arguments), c.polarity(), c.negationCue(),
                c.modality(), c.modalCue(), c.attribution(), false, c.aspect(), Cues.eventualityOf(event), c.time(),
                c.quantifier(), List.of(count));
    }
}
