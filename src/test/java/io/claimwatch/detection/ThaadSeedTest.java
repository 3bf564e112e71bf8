package io.claimwatch.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.TextAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The design's running example: who contradicts whom in the February 2016 THAAD reporting. */
class ThaadSeedTest {

    private static final Detector DETECTOR = new Detector();

    private static final StatementView COOK = statement("Pentagon (Peter Cook)", "2016-02-08/2016-02-15",
            "The US and South Korea had begun formal consultations to improve the alliance missile defense posture.");
    private static final StatementView CHO = statement("ROK defence ministry (Cho June-hyuck)", "2016-02-11/2016-02-18",
            "The ROK and the US have embarked on formal consultations on the possible deployment of a Terminal High "
                    + "Altitude Area Defense (THAAD) battery.");
    private static final StatementView WANG = statement("China (Wang Yi)", "2016-02-12",
            "China expressed grave concerns over the deployment of the Terminal High Altitude Area Defense (THAAD) system.");
    private static final StatementView HONG = statement("China (Hong Lei)", "2016-02-15",
            "THAAD will directly damage China's strategic security interests and also harm security interests of "
                    + "other countries in the region.");
    private static final StatementView URBAN = statement("Pentagon (Bill Urban)", "2016-02-17",
            "The talks have not yet begun, and there is no timetable for when they would.");
    private static final StatementView YONHAP = statement("Yonhap", "2016-02-18",
            "The two countries had begun official talks on deploying THAAD.");

    static StatementView statement(String label, String date, String text) {
        DateSpan on = DateSpan.parse(date);
        return new StatementView(label, on, TextAnalyzer.shared().analyze(text, on));
    }

    private static Optional<Verdict> compareBothWays(StatementView a, StatementView b) {
        Optional<Verdict> ab = DETECTOR.compare(a, b);
        Optional<Verdict> ba = DETECTOR.compare(b, a);
        assertThat(ab.map(Verdict::kind)).isEqualTo(ba.map(Verdict::kind));
        assertThat(ab.map(Verdict::relation)).isEqualTo(ba.map(Verdict::relation));
        assertThat(ab.map(Verdict::confidence)).isEqualTo(ba.map(Verdict::confidence));
        return ab;
    }

    @Test
    void urbanContradictsCook() {
        Verdict v = compareBothWays(URBAN, COOK).orElseThrow();
        assertThat(v.relation()).isEqualTo(Relation.CONFLICT);
        assertThat(v.kind()).isIn(Kind.TEMPORAL, Kind.NEGATION);
        assertThat(v.confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(v.explanation()).contains("Pentagon (Bill Urban)", "Pentagon (Peter Cook)", "2016-02-17",
                "between 2016-02-08 and 2016-02-15");
        assertThat(v.evidence()).isNotEmpty();
    }

    @Test
    void urbanThenYonhapIsAReversalNotAConflict() {
        Verdict v = compareBothWays(URBAN, YONHAP).orElseThrow();
        assertThat(v.relation()).isEqualTo(Relation.REVERSAL);
    }

    @Test
    void choAgainstUrbanDependsOnTheUncertainDate() {
        Verdict cho = compareBothWays(CHO, URBAN).orElseThrow();
        Verdict cook = compareBothWays(URBAN, COOK).orElseThrow();
        assertThat(cho.relation()).isEqualTo(Relation.CONFLICT);
        assertThat(cho.confidence()).isLessThan(cook.confidence() - 0.2);
        assertThat(cho.explanation()).contains("uncertain date", "between 2016-02-11 and 2016-02-18", "2016-02-17");
    }

    @Test
    void oppositionToTheDeploymentContradictsNobody() {
        for (StatementView other : List.of(COOK, CHO, URBAN, YONHAP, HONG)) {
            assertThat(compareBothWays(WANG, other)).as("Wang Yi vs " + other.label()).isEmpty();
        }
        for (StatementView other : List.of(COOK, CHO, URBAN, YONHAP)) {
            assertThat(compareBothWays(HONG, other)).as("Hong Lei vs " + other.label()).isEmpty();
        }
    }

    @Test
    void statementsThatAgreeGiveNothing() {
        assertThat(compareBothWays(COOK, CHO)).isEmpty();
        assertThat(compareBothWays(COOK, YONHAP)).isEmpty();
        assertThat(compareBothWays(CHO, YONHAP)).isEmpty();
    }

    @Test
    void theTalksStatementsShareAnIndexKey() {
        Set<String> shared = keys(URBAN);
        for (StatementView other : List.of(COOK, CHO, YONHAP)) {
            shared.retainAll(keys(other));
        }
        assertThat(shared).isNotEmpty();
    }

    private static Set<String> keys(StatementView s) {
        Set<String> keys = new HashSet<>();
        for (Claim c : s.claims()) {
            keys.addAll(c.keys());
        }
        return keys;
    }
}
