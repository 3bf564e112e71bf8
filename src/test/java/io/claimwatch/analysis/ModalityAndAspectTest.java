package io.claimwatch.analysis;

import static io.claimwatch.analysis.AnalyzerFixture.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModalityAndAspectTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The storm may reach the coast.",
        "The minister might resign.",
        "The rebels reportedly seized the airport.",
        "Analysts doubt that the merger will close.",
        "If the talks fail, the strike will continue."
    })
    void hedges(String text) {
        assertThat(first(text).modality()).as(text).isEqualTo(Modality.HEDGED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The council will approve the plan.",
        "The airline plans to cut flights.",
        "The government intends to raise taxes."
    })
    void plans(String text) {
        assertThat(first(text).modality()).as(text).isEqualTo(Modality.PLANNED);
    }

    @Test
    void plainAssertion() {
        Claim claim = first("The council approved the plan.");
        assertThat(claim.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(claim.aspect()).isEqualTo(Aspect.PAST);
        assertThat(claim.eventuality()).isEqualTo(Eventuality.ONCE);
    }

    @Test
    void perfectAndFuture() {
        assertThat(first("The negotiations have begun.").aspect()).isEqualTo(Aspect.PERFECT);
        assertThat(first("The negotiations will begin.").aspect()).isEqualTo(Aspect.FUTURE);
        assertThat(first("The negotiations have begun.").predicate())
                .isEqualTo(first("They have started the talks.").predicate());
    }

    @Test
    void synonymsFoldToOneKey() {
        Claim a = first("The two sides have embarked on formal consultations.");
        Claim b = first("The two sides began official negotiations.");
        assertThat(a.predicate()).isEqualTo(b.predicate());
        assertThat(a.keys()).containsAnyElementsOf(b.keys());
        assertThat(a.keys()).doesNotContain("say", "the", "have");
    }

    @Test
    void passiveVoice() {
        assertThat(first("The suspect was arrested.").passive()).isTrue();
        assertThat(first("Police arrested the suspect.").passive()).isFalse();
    }
}
