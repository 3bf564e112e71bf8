package io.claimwatch.analysis;

import static io.claimwatch.analysis.AnalyzerFixture.claims;
import static io.claimwatch.analysis.AnalyzerFixture.first;
import static io.claimwatch.analysis.AnalyzerFixture.withPredicate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NegationScopeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The bridge did not collapse.",
        "The bridge didn't collapse.",
        "The mayor has never visited the plant.",
        "No one was injured in the fire.",
        "Nobody signed the petition.",
        "The factory has yet to reopen.",
        "The committee has not yet approved the budget.",
        "The senator failed to win the vote.",
        "The union refused to sign the contract.",
        "The driver denied speeding through the village.",
        "The clerk denied having altered the records."
    })
    void negatedClauses(String text) {
        Claim claim = first(text);
        assertThat(claim.polarity()).as(text).isEqualTo(Polarity.NEGATIVE);
        assertThat(claim.negationCue()).as(text).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The coach not only won the match but also broke the record.",
        "There is no doubt that the river flooded the village.",
        "The candidate left the hall without answering questions.",
        "The inspectors found nothing but dust in the warehouse."
    })
    void fixedPhrasesThatDoNotNegate(String text) {
        assertThat(first(text).polarity()).as(text).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void negationStaysInItsOwnClause() {
        String text = "The museum reopened on Friday, but the library did not reopen.";
        assertThat(withPredicate(text, "reopen").polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(TextAnalyzer.shared().analyze(text, AnalyzerFixture.MONDAY_2021_03_15))
                .anySatisfy(c -> assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE));
    }

    @Test
    void notYetIsKeptAsACue() {
        assertThat(first("The repairs have not yet started.").negationCue()).contains("not yet");
    }

    @Test
    void reportedSpeechIsAttributionNotNegation() {
        Claim claim = first("The ministry said that the border crossing had reopened.");
        assertThat(claim.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(claim.attribution()).contains("ministry");
        assertThat(claim.predicate()).isEqualTo("reopen");
    }

    @Test
    void accordingToIsAttribution() {
        Claim claim = first("According to the coast guard, the ferry sank near the harbour.");
        assertThat(claim.attribution()).contains("coast guard");
        assertThat(claim.polarity()).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void denyingAReportNegatesIt() {
        Claim claim = first("The company denied that it had closed the plant.");
        assertThat(claim.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(claim.negationCue()).contains("denied");
    }

    @Test
    void denyingReportsNegatesWhatTheyReport() {
        Claim claim = first("The airline denied rumours that it had cancelled the route.");
        assertThat(claim.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(claim.predicate()).isEqualTo("cancel");
    }

    @Test
    void reportsAndMissingEvidenceAreNotAssertions() {
        assertThat(first("There is no evidence that the minister took the money.").modality()).isEqualTo(Modality.HEDGED);
        assertThat(first("Did the minister take the money?").modality()).isEqualTo(Modality.HEDGED);
    }

    @Test
    void notTheCaseThat() {
        Claim claim = first("It is not the case that the ferry sank.");
        assertThat(claim.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(claim.predicate()).isEqualTo("sink");
    }

    @Test
    void degreeNegationSoftensInsteadOfDenying() {
        Claim claim = first("The plan sounded not quite finished.");
        assertThat(claim.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(claim.modality()).isEqualTo(Modality.HEDGED);
    }

    @Test
    void disjunctsAreNotAsserted() {
        assertThat(claims("Either the mayor resigns or the council dissolves.")).allSatisfy(
                c -> assertThat(c.modality()).isEqualTo(Modality.HEDGED));
    }

    @Test
    void notAllKeepsTheUniversalQuantifier() {
        Claim claim = first("Not all members voted for the proposal.");
        assertThat(claim.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(claim.quantifier()).isEqualTo("all");
    }

    @Test
    void anImplicativeVerbLendsItsTenseButIsNotAnArgument() {
        Claim claim = first("The council failed to approve the budget.");
        assertThat(claim.predicate()).isEqualTo("approve");
        assertThat(claim.arguments()).containsExactly("budget");
        assertThat(claim.aspect()).isEqualTo(Aspect.PAST);
    }

    @Test
    void aDeniedGerundIsTheClaim() {
        Claim claim = first("The driver denied speeding through the village.");
        assertThat(claim.predicate()).isEqualTo(Lexicon.key("speed"));
        assertThat(claim.negationCue()).isEqualTo("denied");
    }

    @Test
    void aPhrasalVerbKeepsItsParticle() {
        assertThat(first("The rebels blew up the bridge.").predicate()).isEqualTo("blow up");
        assertThat(first("The rebels blew the whistle.").predicate()).isEqualTo("blow");
    }

    @Test
    void subjectModifiersMoveToTheArguments() {
        Claim claim = first("The lease with the council was cancelled.");
        assertThat(claim.subject()).containsExactly("lease");
        assertThat(claim.arguments()).contains("council");
        assertThat(first("Leaders of the union were arrested.").subject()).contains("leader", "union");
    }

    @Test
    void aFinalECutByTheLemmatizerIsRestored() {
        assertThat(first("The river was polluted with benzene.").predicate()).isEqualTo("pollute");
        assertThat(first("Three skiers were buried by avalanches.").arguments()).contains("avalanche");
    }

    @Test
    void aVerbTheLemmatizerLeftWholeGetsItsWordNetBase() {
        assertThat(first("The bank outsourced its call centre.").predicate()).isEqualTo("outsource");
    }

    @Test
    void readyToActTakesTheVerbAsAPlanInTheActiveVoice() {
        Claim claim = first("The port was ready to receive the ships.");
        assertThat(claim.predicate()).isEqualTo("receive");
        assertThat(claim.modality()).isEqualTo(Modality.PLANNED);
        assertThat(claim.passive()).isFalse();
        assertThat(claim.arguments()).doesNotContain("ready");
    }
}
