package io.claimwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The analyzer stops at the caller's claim cap, and when its thread is interrupted. */
class AnalysisBoundsTest {

    private static final String THREE = "The talks began. The minister resigned. The border closed.";

    @Test
    void stopsPastTheClaimCap() {
        assertThat(TextAnalyzer.shared().analyze(THREE, AnalyzerFixture.MONDAY_2021_03_15, 3)).hasSize(3);
        assertThatThrownBy(() -> TextAnalyzer.shared().analyze(THREE, AnalyzerFixture.MONDAY_2021_03_15, 2))
                .isInstanceOf(TooManyClaims.class).hasMessageContaining("more than 2 claims");
    }

    @Test
    void stopsWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> TextAnalyzer.shared().analyze(THREE, AnalyzerFixture.MONDAY_2021_03_15))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
