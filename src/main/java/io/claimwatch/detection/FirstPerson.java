package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.LexiconFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "We will cut 1,000 jobs" said for Acme is about Acme; "I did not resign" said by Ms Ruiz is about
 * her. A claim whose subject is a first-person pronoun gets the source's (we, our) or the
 * speaker's (I, my) name as its subject, read from the statement's label "Source (Speaker)"; a quote
 * attributed in the text ("'I did not resign,' the minister said") is the named speaker's.
 */
final class FirstPerson {

    private FirstPerson() {}

    /** pronoun | source or speaker */
    private static final Map<String, String> PRONOUNS = LexiconFile.load("first-person").pairs();

    static List<Claim> resolve(String label, List<Claim> claims) {
        if (label == null || label.isBlank()) {
            return claims;
        }
        int paren = label.indexOf(" (");
        String source = paren > 0 ? label.substring(0, paren) : label;
        String speaker = paren > 0 && label.endsWith(")") ? label.substring(paren + 2, label.length() - 1) : null;
        List<String> speakerWords = speaker == null ? List.of() : words(speaker);
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            String pronoun = c.text() == null ? null : PRONOUNS.get(c.text().strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
            if ("source".equals(pronoun) && !c.subject().isEmpty() && (speaker != null && speakerWords.containsAll(c.subject())
                    || c.subject().equals(quotedSpeaker(c.attribution())) && aPerson(c.subject()))) {
                // "'We are not closing stores,' Park said" for Acme (CEO Jane Park), "'We have had no offer,' the
                // chairman said" for Acme: the text made "we" the one quoted, who speaks for Acme; a quoted
                // body ("the shipping company said") is itself the "we"
                out.add(c.withSubject(words(source)));
                continue;
            }
            String who = c.subject().stream().anyMatch(Alignment::salient) ? null : pronoun;
            List<String> quoted = "speaker".equals(who) ? quotedSpeaker(c.attribution()) : List.of();
            if (!quoted.isEmpty()) {
                // "'I did not take any money,' the senator said": the senator; "Diaz said" for speaker Leo Diaz: his full name
                out.add(c.withSubject(!speakerWords.isEmpty() && speakerWords.containsAll(quoted) ? speakerWords : quoted));
                continue;
            }
            String name = "speaker".equals(who) && speaker != null ? speaker : who != null ? source : null;
            out.add(name == null ? c : c.withSubject(words(name)));
        }
        return out;
    }

    /** Surface forms of reporting verbs ("said", "told"), to leave the speaker's words of an attribution. */
    private static final java.util.Set<String> REPORTING = LexiconFile.load("intake-reporting-verbs").heads();

    /**
     * The speaker an in-text attribution names: the words before its reporting verb ("the senator
     * told reporters": senator), or after it when it comes first ("said the coach"); none without one.
     */
    private static List<String> quotedSpeaker(String attribution) {
        if (attribution == null) {
            return List.of();
        }
        List<String> words = words(attribution);
        int verb = 0;
        while (verb < words.size() && !REPORTING.contains(words.get(verb))) {
            verb++;
        }
        if (verb == words.size()) {
            return List.of();
        }
        List<String> speaker = verb > 0 ? words.subList(0, verb) : words.subList(1, words.size());
        return speaker.stream().filter(Alignment::salient).toList();
    }

    /** Whether the quoted speaker is a person ("the chairman"), not a body that is its own "we" ("the company"). */
    private static boolean aPerson(List<String> speaker) {
        return speaker.stream().anyMatch(w -> io.claimwatch.analysis.Lexicon.shared().isPersonKind(w));
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1).toList();
    }
}
