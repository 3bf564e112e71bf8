package io.claimwatch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The bomb was defused before it could explode", "firefighters put out the fire before it could
 * spread", "the man fled before police could arrest him": what "before X could V" says did not
 * happen. A pronoun X is the main clause's patient: its subject when passive, else its object; a
 * pronoun object of V is the main clause's subject.
 */
final class Prevented {

    private Prevented() {}

    private static final String BEFORE = "before";
    private static final String COULD = "could";
    private static final Set<String> PRONOUNS = LexiconFile.load("personal-pronouns").words();
    private static final Set<String> OBJECT_PRONOUNS = LexiconFile.load("object-pronouns").words();

    /** The denied event a "before X could V" clause implies, given the claim of the clause before it. */
    static Optional<Claim> implied(Claim c, Claim main) {
        String[] words = c.text() == null ? new String[0] : c.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (main == null || words.length < 4 || !words[0].equals(BEFORE) || !COULD.equals(c.modalCue())
                || c.polarity() != Polarity.POSITIVE) {
            return Optional.empty();
        }
        List<String> subject = c.subject();
        if (PRONOUNS.contains(words[1])) {
            subject = main.passive() ? main.subject() : main.arguments();
        }
        List<String> arguments = c.arguments();
        if (arguments.isEmpty() && List.of(words).subList(2, words.length).stream().anyMatch(OBJECT_PRONOUNS::contains)) {
            arguments = main.subject(); // "the driver fled before police could arrest him": the driver
        }
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(c.text(), c.predicate(), c.predicateText(), subject, arguments, Polarity.NEGATIVE,
                BEFORE + " ... " + COULD, Modality.ASSERTED, null, c.attribution(), c.passive(), Aspect.PAST,
                c.eventuality(), main.time(), c.quantifier(), c.quantities()));
    }
}
