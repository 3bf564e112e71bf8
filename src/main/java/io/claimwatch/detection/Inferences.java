package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.LexiconFile;
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

    private record Entry(String event, String voice, String entailed, boolean opposite) {}

    private static final List<Entry> ENTRIES = LexiconFile.load("inferences").rows().stream()
            .map(r -> new Entry(r.get(0), r.get(1), r.get(2), r.get(3).equals("opposite"))).toList();

    static List<Claim> expand(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims);
        for (Claim c : claims) {
            for (Entry e : ENTRIES) {
                boolean voice = e.voice().equals("any") || e.voice().equals("passive") == c.passive();
                if (!c.predicate().equals(e.event()) || !voice) {
                    continue;
                }
                if (e.entailed().equals("be") && c.arguments().isEmpty()) {
                    continue; // "the minister resigned" names no office to have left
                }
                Polarity polarity = e.opposite() ? c.polarity().flip() : c.polarity();
                String cue = polarity == Polarity.POSITIVE ? null : c.negationCue() != null ? c.negationCue() : c.predicateText();
                // a positive state keeps the office ("as minister") but not the event's circumstances ("in
                // the attack"); a denial keeps them all, as it denies only what it names
                List<String> arguments = e.entailed().equals("be") || polarity == Polarity.NEGATIVE ? c.arguments() : List.of();
                out.add(new Claim(c.text(), e.entailed(), c.predicateText(), c.subject(), arguments, polarity, cue,
                        c.modality(), c.modalCue(), c.attribution(), false, c.aspect(),
                        e.entailed().equals("be") ? Eventuality.STATE : c.eventuality(), c.time(), c.quantifier(), c.quantities()));
            }
        }
        return out;
    }
}
