package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimwatch.analysis.DateSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A seventh structure, of our own writing, in agency style: an age after the name and a quote split around its
 * speaker, "according to a statement from" a body, "police say" (present: as of publication), "told The
 * Associated Press", and a body's title-holder ("a forestry department spokeswoman").
 */
class WildfireStoryIntakeTest {

    static final String TEXT = SeedArticleIntakeTest.resource("articles/wildfire.txt");
    private final List<Draft> drafts = new ArticleIntake().read(TEXT, DateSpan.parse("2025-08-12"), "AP", false).drafts();

    @Test
    void speakersOutletsAndTexts() {
        assertThat(drafts).extracting(d -> d.speaker().name(), d -> d.speaker().title(), d -> d.speaker().organisation(),
                Draft::reportedBy, Draft::text).contains(
                tuple("Dan Kepler", "Mayor", null, null, "We will rebuild."),
                tuple(null, null, "state forestry department", null, "The fire was 10% contained as of Tuesday morning."),
                tuple(null, "officials", null, "Associated Press", "Two firefighters suffered minor injuries."),
                tuple(null, "spokeswoman", "forestry department", null, "Investigators had ruled out lightning."));
    }

    @Test
    void aPresentTenseRemarkIsDatedAsOfPublication() {
        assertThat(drafts).filteredOn(d -> d.text().equals("No deaths have been reported.")).singleElement()
                .satisfies(d -> assertThat(d.statedOn()).isEqualTo("2025-08-12"));
    }
}
