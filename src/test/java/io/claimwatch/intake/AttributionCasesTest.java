package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.analysis.DateSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-sentence cases of our own writing for the attribution patterns, each a rule the articles may not show. */
class AttributionCasesTest {

    private static List<Draft> read(String text) {
        return new ArticleIntake().read(text, DateSpan.parse("2026-03-04"), null, false).drafts();
    }

    @Test
    void aBodyDescribedInTheClauseIsItsName() {
        List<Draft> drafts = read("German brewer Hopfhaus will close two breweries, the company said. "
                + "The closures will cost 300 jobs, a company spokeswoman said.");
        assertThat(drafts).extracting(d -> d.speaker().organisation()).containsExactly("Hopfhaus", "Hopfhaus");
        assertThat(drafts.get(1).speaker().organisationInferred()).isTrue();
        assertThat(drafts.get(1).speaker().title()).isEqualTo("spokeswoman");
    }

    /** Cases a review of the new intake rules found, each once read wrongly or crashing. */
    @Test
    void theNewRulesKeepToTheirCases() {
        // a quote mark standing alone before the second half of a split quote
        assertThat(read("\"We will rebuild,\" Kepler said, \" and we will do it quickly.\"")).extracting(Draft::text)
                .containsExactly("We will rebuild.");
        // an opening frame or participle with nothing after the verb: the remark is before the speaker
        assertThat(read("In 2024, profits fell 10 percent, the company said.")).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("In 2024, profits fell 10 percent.");
            assertThat(d.speaker().organisation()).isEqualTo("company");
        });
        assertThat(read("Rising prices have hurt households, the central bank said.")).singleElement()
                .satisfies(d -> assertThat(d.speaker().organisation()).isEqualTo("central bank"));
        // an audience with an article after it is no outlet phrase
        assertThat(read("Anna Smith told lawmakers the agency had run out of money.")).extracting(Draft::text)
                .containsExactly("The agency had run out of money.");
        // a sentence's first word is no given name; a description with a verb names no body
        assertThat(read("At Tellco, sales fell. Tellco said it would cut jobs.")).singleElement()
                .satisfies(d -> assertThat(d.speaker().name()).isNull());
        assertThat(read("British police arrested Tom Smith on Monday, the ministry said.")).singleElement()
                .satisfies(d -> assertThat(d.speaker().organisation()).isEqualTo("ministry"));
        // a passive denial, a denial of nothing stated, and a title with no body before it
        assertThat(read("The council was denied funding for the bridge.")).isEmpty();
        assertThat(read("Reis denied nothing.")).isEmpty();
        assertThat(read("The Press Secretary said taxes would rise.")).singleElement()
                .satisfies(d -> assertThat(d.speaker().organisation()).isNotEqualTo("Press"));
    }

    /** Anonymous sources are how much news is attributed: the role speaks, less surely, and names nobody. */
    @Test
    void anUnnamedPluralSpeaksAsItsRoleLessSurely() {
        for (String text : List.of("Officials said the plant would close.", "US officials said the plant would close.")) {
            Draft d = read(text).get(0);
            assertThat(d.text()).isEqualTo("The plant would close.");
            assertThat(d.speaker().name()).isNull();
            assertThat(d.speaker().title()).endsWithIgnoringCase("officials");
            assertThat(d.confidence()).isLessThan(0.7);
        }
    }

    @Test
    void anOutletInThePhraseBeforeThatCarriedTheRemark() {
        Draft d = read("Finance minister Ana Silva said in an interview with the BBC that taxes would rise.").get(0);
        assertThat(d.speaker().name()).isEqualTo("Ana Silva");
        assertThat(d.reportedBy()).isEqualTo("BBC");
        assertThat(d.text()).isEqualTo("Taxes would rise.");
    }

    @Test
    void aTitleInLowerCaseBeforeTheNameIsNoOrganisation() {
        Draft d = read("The bridge will reopen, transport minister Lena Park said on Monday.").get(0);
        assertThat(d.speaker().title()).isEqualTo("transport minister");
        assertThat(d.speaker().organisation()).isNull();
        assertThat(d.statedOn()).isEqualTo("2026-03-02"); // the Monday of a Wednesday's week
    }

    @Test
    void aRelativeClauseSayIsNoAttribution() {
        assertThat(read("The rocket carried what it said was a weather satellite.")).isEmpty();
    }

    @Test
    void aDateInTheClaimIsNotTheDateOfTheRemark() {
        Draft d = read("Union leader Rui Costa said the strike would begin on Friday.").get(0);
        assertThat(d.datePhrase()).isNull();
        assertThat(d.text()).isEqualTo("The strike would begin on Friday.");
    }

    @Test
    void saysIsAsOfPublication() {
        Draft d = read("The talks are over, says envoy Mark Lowe.").get(0);
        assertThat(d.statedOn()).isEqualTo("2026-03-04");
        assertThat(d.speaker().name()).isEqualTo("Mark Lowe");
    }
}
