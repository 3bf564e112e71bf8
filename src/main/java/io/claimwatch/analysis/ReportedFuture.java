package io.claimwatch.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * "The minister said she would resign", "dismissed reports that the plant would close": in
 * reported speech "would" is the reported "will", so the claim is a plan (or its denial), not a
 * hedge (lexicon/backshifted-auxiliaries.txt). A sentence with a condition keeps the hedge (the
 * caller does not apply it there).
 */
final class ReportedFuture {

    private ReportedFuture() {}

    private static final Set<String> BACKSHIFTED = LexiconFile.load("backshifted-auxiliaries").words();

    static Claim rewrite(Claim c) {
        if (c.attribution() == null || c.modality() != Modality.HEDGED || c.modalCue() == null
                || !BACKSHIFTED.contains(c.modalCue().toLowerCase(Locale.ROOT))) {
            return c;
        }
        return new Claim(c.text(), c.predicate(), c.predicateText(), c.subject(), c.arguments(), c.polarity(),
                c.negationCue(), Modality.PLANNED, c.modalCue(), c.attribution(), c.passive(), Aspect.FUTURE,
                c.eventuality(), c.time(), c.quantifier(), c.quantities());
    }
}
