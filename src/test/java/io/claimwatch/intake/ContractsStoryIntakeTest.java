package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimwatch.analysis.DateSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fifth structure, of our own writing: a surname whose full name only a sentence with no remark gave, a
 * relative clause between a speaker and "said", "according to the newspaper", a body's remark followed by "a
 * spokesman added", and a participle frame before the speaker ("Speaking to reporters, the prime minister said").
 */
class ContractsStoryIntakeTest {

    static final String TEXT = SeedArticleIntakeTest.resource("articles/minister-contracts.txt");
    private final List<Draft> drafts = new ArticleIntake().read(TEXT, DateSpan.parse("2025-05-13"), "AFP", false).drafts();

    @Test
    void speakersAndWhatTheySaid() {
        assertThat(drafts).extracting(d -> d.speaker().name(), d -> d.speaker().title(), d -> d.speaker().organisation(), Draft::text)
                .contains(
                        tuple("Clara Veen", null, null, "I have done nothing wrong and I will not step down."),
                        tuple("Tomas Brandt", "leader", "Opposition", "The minister had misled parliament."),
                        tuple(null, null, "newspaper", "At least three contracts went to firms linked to a former adviser of the minister."),
                        tuple(null, null, "department", "All contracts had been awarded in line with the law."),
                        tuple(null, "A spokesman", "department", "An internal review had found no irregularities."),
                        tuple(null, "the prime minister", null, "He had full confidence in Veen."));
        assertThat(drafts).noneSatisfy(d -> assertThat(d.text()).startsWith("Speaking to reporters"));
    }

    @Test
    void aSpokesmanAfterABodySpeaksForItOnlyWhenInferredSo() {
        Draft spokesman = drafts.stream().filter(d -> "A spokesman".equals(d.speaker().title())).findFirst().orElseThrow();
        assertThat(spokesman.speaker().organisationInferred()).isTrue();
        assertThat(spokesman.confidence()).isLessThan(0.7);
    }
}
