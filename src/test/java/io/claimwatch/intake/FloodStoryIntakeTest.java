package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.Polarity;
import io.claimwatch.analysis.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fourth structure, of our own writing: a body described but never named ("the regional disaster agency
 * said"), groups named by their role ("aid workers", "witnesses"), a sentence opened by "But", and a denial
 * ("Reis denied that P") kept whole, so the claim read from it denies P and "He said" after it is Reis.
 */
class FloodStoryIntakeTest {

    static final String TEXT = SeedArticleIntakeTest.resource("articles/flood-relief.txt");
    private final List<Draft> drafts = new ArticleIntake().read(TEXT, DateSpan.parse("2025-03-13"), "Reuters", false).drafts();

    @Test
    void everyRemarkHasItsSpeaker() {
        assertThat(drafts).extracting(d -> d.speaker().name(), d -> d.speaker().title(), d -> d.speaker().organisation())
                .containsExactly(
                        tuple(null, null, "regional disaster agency"),
                        tuple("Maria Lopes", "chief", "agency"),
                        tuple("Paulo Reis", "governor", null),
                        tuple(null, "aid workers", null),
                        tuple("Ana Costa", null, null),
                        tuple("Paulo Reis", "governor", null),
                        tuple("Paulo Reis", "governor", null),
                        tuple(null, "Witnesses", null),
                        tuple(null, null, "national weather service"));
    }

    @Test
    void aDenialIsKeptWholeAndReadAsOne() {
        Draft denial = drafts.get(5);
        assertThat(denial.text()).isEqualTo("Reis denied that the government had been slow to respond.");
        assertThat(TextAnalyzer.shared().analyze(denial.text(), DateSpan.parse(denial.statedOn())))
                .anySatisfy(c -> {
                    assertThat(c.subject()).contains("government");
                    assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
                });
        assertThat(drafts.get(6).text()).isEqualTo("Troops had been deployed to the worst-hit villages within hours.");
    }
}
