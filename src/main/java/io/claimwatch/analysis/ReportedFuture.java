package io.claimwatch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "The minister said she would resign", "dismissed reports that the plant would close": in
 * reported speech "would" is the reported "will", so the claim is a plan (or its denial), not a
 * hedge (lexicon/backshifted-auxiliaries.txt). A sentence with a condition keeps the hedge (the
 * caller does not apply it there).
 */
final class ReportedFuture {

    private ReportedFuture() {}

    /** The auxiliary and the words after it that make it no plan ("would have", "would rather"). */
    private static final Map<String, List<String>> BACKSHIFTED = LexiconFile.load("backshifted-auxiliaries").rows().stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.get(0), r -> r.subList(1, r.size())));

    /** Whether the hedge cue is a reported "will" ("would"). */
    static boolean backshifted(String cue) {
        return cue != null && BACKSHIFTED.containsKey(cue.toLowerCase(Locale.ROOT));
    }

    static Claim rewrite(Claim c) {
        if (c.attribution() == null || c.modality() != Modality.HEDGED || !backshifted(c.modalCue())) {
            return c;
        }
        List<String> said = List.of(c.text().toLowerCase(Locale.ROOT).split("[\\s,;:]+"));
        int aux = said.indexOf(c.modalCue().toLowerCase(Locale.ROOT));
        if (aux >= 0 && aux + 1 < said.size() && BACKSHIFTED.get(said.get(aux)).contains(said.get(aux + 1))) {
            return c; // "said he would have resigned": no plan
        }
        return new Claim(c.text(), c.predicate(), c.predicateText(), c.subject(), c.arguments(), c.polarity(),
                c.negationCue(), Modality.PLANNED, c.modalCue(), c.attribution(), c.passive(), Aspect.FUTURE,
                c.eventuality(), c.time(), c.quantifier(), c.quantities());
    }
}
