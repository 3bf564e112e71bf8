package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.analysis.DateSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sixth structure, of our own writing: an audience before the remark ("told local radio the government
 * had..."), a second verb after "but" ("said P, but warned that Q"), an unnamed source with a participle clause
 * ("A government source, speaking on condition of anonymity, said"), a sentence-opening plural that is no name
 * ("Nurses at ... will strike, their union said") and a denial with nothing stated ("dismissed the idea"), whose
 * subject is still who "she" is next.
 */
class StrikeStoryIntakeTest {

    static final String TEXT = SeedArticleIntakeTest.resource("articles/hospital-strike.txt");
    private final List<Draft> drafts = new ArticleIntake().read(TEXT, DateSpan.parse("2025-06-13"), "Reuters", false).drafts();

    @Test
    void remarksAreCutWhereTheyStartAndEnd() {
        assertThat(drafts).extracting(Draft::text).contains(
                "The government had made a fair offer.",
                "Emergency departments would remain open during the strike.",
                "Ministers were considering legislation to limit strikes in essential services.",
                "Threats will not work.");
        assertThat(drafts).extracting(Draft::text).noneMatch(t -> t.contains("dismissed") || t.startsWith("Radio")
                || t.startsWith("A government source"));
    }

    @Test
    void speakersAreNoWordsOfTheRemark() {
        assertThat(drafts.get(0).speaker().organisation()).isEqualTo("their union");
        assertThat(drafts).filteredOn(d -> d.text().startsWith("Ministers were")).singleElement()
                .satisfies(d -> assertThat(d.speaker().phrase()).isEqualTo("A government source"));
        // "Ortiz dismissed the idea." gives no remark, but the "she" after it is Ortiz, not the last one quoted
        assertThat(drafts).filteredOn(d -> d.text().equals("Threats will not work.")).singleElement()
                .satisfies(d -> assertThat(d.speaker().name()).isEqualTo("Lena Ortiz"));
    }
}
