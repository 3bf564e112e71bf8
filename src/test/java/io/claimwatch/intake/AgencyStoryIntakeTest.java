package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimwatch.analysis.DateSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A third structure, of our own writing: appositive subjects on either side of the name ("X, the
 * sister of Y, warned", "A spokesman for Z, X, said"), an organisation speaking and referred to
 * again by part of its name ("according to the Joint Chiefs"), and a capitalised "States" that is
 * no reporting verb.
 */
class AgencyStoryIntakeTest {

    static final String TEXT = SeedArticleIntakeTest.resource("articles/agency-missile-launch.txt");
    private final List<Draft> drafts = new ArticleIntake().read(TEXT, DateSpan.parse("2023-03-15"), "AP", false).drafts();

    @Test
    void speakersTitlesOrganisations() {
        assertThat(drafts).extracting(d -> d.speaker().name(), d -> d.speaker().title(), d -> d.speaker().organisation(),
                Draft::quote).containsExactly(
                tuple(null, null, "Japan's defense ministry", "paraphrase"),
                tuple("Yoshimasa Hayashi", "Chief Cabinet Secretary", null, "verbatim"),
                tuple(null, null, "South Korea's Joint Chiefs of Staff", "paraphrase"),
                tuple("Kim Yo Jong", "powerful sister of leader Kim Jong Un", null, "paraphrase"),
                tuple("Ned Price", "spokesman", "State Department", "paraphrase"),
                tuple("Ned Price", "spokesman", "State Department", "verbatim"),
                tuple(null, null, "South Korea's Joint Chiefs of Staff", "paraphrase"));
    }

    @Test
    void datesAndTexts() {
        assertThat(drafts.get(3).statedOn()).isEqualTo("2023-03-12"); // "warned on Sunday", published on a Wednesday
        assertThat(drafts.get(3).text()).isEqualTo("The North would respond.");
        assertThat(drafts.get(4).text()).isEqualTo("Washington remained committed to diplomacy.");
        assertThat(drafts).noneSatisfy(d -> assertThat(d.text()).contains("joint drills"));
    }
}
