package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads "the fire left two people dead" as "two people died" (in the fire), so the count meets
 * "five people died in the fire" (lexicon/resulting-states.txt). The object becomes the subject of
 * the event, the old subject one of its terms. A passive ("the singer was found dead") reads as
 * its subject's event ("the singer died").
 */
final class ResultingStates {

    private ResultingStates() {}

    /** {@code witness}: the verb's subject only came upon the state ("rescuers found the hiker alive"), no cause of it. */
    private record Result(String verb, String word, String event, boolean passive, boolean witness) {}

    private static final String FOR = "for";
    /** How many words after the verb the object may take before the result word. */
    private static final int REACH = 6;
    private static final List<Result> RESULTS = LexiconFile.load("resulting-states").rows().stream()
            .map(r -> new Result(r.get(1), r.get(0), r.get(2), r.get(3).equals("passive"), r.size() > 4 && r.get(4).equals("witness")))
            .toList();

    static Claim rewrite(Claim c) {
        if (c.passive()) {
            return passive(c);
        }
        if (c.arguments().isEmpty()) {
            return c;
        }
        List<String> words = FollowingWords.of(c);
        for (Result result : RESULTS) {
            if (!result.verb().equals(c.predicate())) {
                continue;
            }
            int at = words.indexOf(result.word());
            if (at < 1 || at > REACH || words.get(at - 1).equals(FOR)) {
                continue; // an object first ("left dead" alone is no such reading); "left him for dead" is no death
            }
            // the result word among the terms ("dead"), or read as a clause of its own ("injured")
            int split = c.arguments().indexOf(Lexicon.key(result.word()));
            List<String> subject = c.arguments().subList(0, split < 0 ? c.arguments().size() : split);
            if (subject.isEmpty()) {
                continue;
            }
            List<String> arguments = new ArrayList<>(split < 0 ? List.of() : c.arguments().subList(split + 1, c.arguments().size()));
            if (!result.witness()) {
                arguments.addAll(c.subject());
            }
            String event = Lexicon.key(result.event());
            return new Claim(c.text(), event, c.predicateText(), List.copyOf(subject), List.copyOf(arguments),
                    c.polarity(), c.negationCue(), c.modality(), c.modalCue(), c.attribution(), result.passive(),
                    c.aspect(), Cues.eventualityOf(event), c.time(), c.quantifier(), c.quantities());
        }
        return c;
    }

    /** "The singer was found dead": the result word right after the passive verb befell its subject. */
    private static Claim passive(Claim c) {
        List<String> words = FollowingWords.of(c);
        if (words.isEmpty() || c.subject().isEmpty()) {
            return c;
        }
        for (Result result : RESULTS) {
            if (result.verb().equals(c.predicate()) && words.get(0).equals(result.word())) {
                List<String> arguments = new ArrayList<>(c.arguments());
                arguments.remove(Lexicon.key(result.word()));
                String event = Lexicon.key(result.event());
                return new Claim(c.text(), event, c.predicateText(), c.subject(), List.copyOf(arguments),
                        c.polarity(), c.negationCue(), c.modality(), c.modalCue(), c.attribution(), result.passive(),
                        c.aspect(), Cues.eventualityOf(event), c.time(), c.quantifier(), c.quantities());
            }
        }
        return c;
    }
}
