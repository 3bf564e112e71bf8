package io.claimwatch.detection;

import io.claimwatch.analysis.Lexicon;
import java.util.List;

/** Every detection rule, in one place. A new rule is a class implementing {@link Rule} added here. */
final class Rules {

    private Rules() {}

    static List<Rule> all(Lexicon lexicon) {
        Alignment alignment = new Alignment(lexicon);
        return List.of(
                new ContrastRule(alignment, lexicon),
                new NegationRule(alignment),
                new AntonymRule(alignment, lexicon),
                new NumericRule(alignment, lexicon),
                new DateRule(alignment),
                new ReportRule(alignment),
                new ExistenceRule(alignment),
                new ExclusiveRule(alignment, lexicon),
                new PlaceRule(alignment, lexicon));
    }
}
