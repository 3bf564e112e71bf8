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
