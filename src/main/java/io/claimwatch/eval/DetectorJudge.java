package io.claimwatch.eval;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.TextAnalyzer;
import io.claimwatch.detection.Detector;
import io.claimwatch.detection.Relation;
import io.claimwatch.detection.StatementView;
import io.claimwatch.detection.Verdict;
import java.util.Optional;

/**
 * Judges a pair with the analyzer and detector directly, no HTTP or database: both texts said on
 * the same day by two sources; positive only for a verdict of relation conflict.
 */
public final class DetectorJudge implements PairJudge {

    private static final DateSpan SAME_DAY = DateSpan.parse("2020-01-01");

    private final TextAnalyzer analyzer = TextAnalyzer.shared();
    private final Detector detector = new Detector();

    @Override
    public boolean conflict(String premise, String hypothesis) {
        return verdict(premise, hypothesis).filter(v -> v.relation() == Relation.CONFLICT).isPresent();
    }

    public Optional<Verdict> verdict(String premise, String hypothesis) {
        StatementView a = new StatementView("Source A", SAME_DAY, analyzer.analyze(premise, SAME_DAY));
        StatementView b = new StatementView("Source B", SAME_DAY, analyzer.analyze(hypothesis, SAME_DAY));
        return detector.compare(a, b);
    }
}
