package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.detection.Detector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden pair of cases/pairs.tsv, judged both ways round: the verdict must be the expected one. */
class GoldenPairsTest {

    private static final Detector DETECTOR = new Detector();

    static List<GoldenPairs.Case> cases() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(GoldenPairsTest.class.getResourceAsStream("/cases/pairs.tsv")), StandardCharsets.UTF_8))) {
            return GoldenPairs.read(reader);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictIsTheExpectedOne(GoldenPairs.Case pair) {
        GoldenPairs.Outcome outcome = GoldenPairs.judge(DETECTOR, pair);
        assertThat(outcome.passed()).as("%s%n got %s", pair, outcome.got()).isTrue();
    }
}
