package io.claimwatch.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.TextAnalyzer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One behaviour per test, on sentences written for these tests. */
class DetectorRulesTest {

    private static final Detector DETECTOR = new Detector();

    private static StatementView said(String label, String date, String text) {
        DateSpan on = DateSpan.parse(date);
        return new StatementView(label, on, TextAnalyzer.shared().analyze(text, on));
    }

    private static Optional<Verdict> compare(StatementView a, StatementView b) {
        Optional<Verdict> ab = DETECTOR.compare(a, b);
        Optional<Verdict> ba = DETECTOR.compare(b, a);
        assertThat(ab.map(Verdict::relation)).isEqualTo(ba.map(Verdict::relation));
        assertThat(ab.map(Verdict::kind)).isEqualTo(ba.map(Verdict::kind));
        assertThat(ab.map(Verdict::confidence)).isEqualTo(ba.map(Verdict::confidence));
        return ab;
    }

    private static Verdict conflict(StatementView a, StatementView b) {
        Verdict v = compare(a, b).orElseThrow(() -> new AssertionError("no verdict"));
        assertThat(v.relation()).isEqualTo(Relation.CONFLICT);
        return v;
    }

    /** Claims a client sent may carry no text and no verb's words; the inferences that read the words skip them. */
    @Test
    void clientClaimsWithoutTextAreCompared() {
        DateSpan on = DateSpan.parse("2024-01-01");
        java.util.function.Function<io.claimwatch.analysis.Polarity, io.claimwatch.analysis.Claim> role = polarity ->
                new io.claimwatch.analysis.Claim(null, "be", null, java.util.List.of("anna"), java.util.List.of("columnist", "courier"),
                        polarity, null, io.claimwatch.analysis.Modality.ASSERTED, null, null, false,
                        io.claimwatch.analysis.Aspect.PRESENT, io.claimwatch.analysis.Eventuality.STATE, null, null, java.util.List.of());
        StatementView a = new StatementView("A", on, java.util.List.of(role.apply(io.claimwatch.analysis.Polarity.POSITIVE)));
        StatementView b = new StatementView("B", on, java.util.List.of(role.apply(io.claimwatch.analysis.Polarity.NEGATIVE)));
        assertThat(compare(a, b).map(Verdict::relation)).contains(Relation.CONFLICT);
    }

    @Test
    void plainNegationOnTheSameDay() {
        Verdict v = conflict(said("Police", "2022-05-02", "The driver was arrested after the crash."),
                said("Lawyer", "2022-05-02", "The driver was not arrested."));
        assertThat(v.confidence()).isGreaterThan(0.7);
        assertThat(v.explanation()).contains("Police", "Lawyer", "2022-05-02");
        assertThat(v.evidence()).anyMatch(e -> e.contains("not"));
    }

    @Test
    void aDenialOfSomethingElseIsNoConflict() {
        assertThat(compare(said("A", "2022-05-02", "The driver was arrested after the crash."),
                said("B", "2022-05-02", "The passenger was not arrested."))).isEmpty();
    }

    @Test
    void rolesMatter() {
        assertThat(compare(said("A", "2022-05-02", "The striker criticised the referee."),
                said("B", "2022-05-02", "The referee never criticised the striker."))).isEmpty();
    }

    @Test
    void notYetThenDoneIsAReversal() {
        Verdict v = compare(said("A", "2022-05-02", "The ceasefire talks have not started yet."),
                said("B", "2022-05-06", "The ceasefire talks have started.")).orElseThrow();
        assertThat(v.relation()).isEqualTo(Relation.REVERSAL);
        assertThat(v.explanation()).contains("changed");
    }

    @Test
    void doneThenNotYetIsAConflict() {
        Verdict v = conflict(said("A", "2022-05-02", "The ceasefire talks have started."),
                said("B", "2022-05-06", "The ceasefire talks have not started yet."));
        assertThat(v.kind()).isEqualTo(Kind.TEMPORAL);
    }

    @Test
    void statesAtDifferentTimesAreReversals() {
        Verdict v = compare(said("A", "2022-05-02", "The airport is closed."),
                said("B", "2022-05-09", "The airport is open.")).orElseThrow();
        assertThat(v.relation()).isEqualTo(Relation.REVERSAL);
        assertThat(v.kind()).isEqualTo(Kind.ANTONYM);
    }

    @Test
    void statesAtTheSameTimeConflict() {
        assertThat(conflict(said("A", "2022-05-02", "The airport is closed."),
                said("B", "2022-05-02", "The airport is open.")).kind()).isEqualTo(Kind.ANTONYM);
    }

    @Test
    void antonymousVerbs() {
        assertThat(conflict(said("A", "2022-05-02", "The ministry confirmed the report."),
                said("B", "2022-05-02", "The ministry denied the report.")).evidence()).contains("confirm", "deny");
    }

    @Test
    void lowerBoundAgreesWithALargerCount() {
        assertThat(compare(said("A", "2022-05-02", "At least 19 people died in the flood."),
                said("B", "2022-05-02", "22 people died in the flood."))).isEmpty();
    }

    @Test
    void lowerBoundConflictsWithASmallerCount() {
        assertThat(conflict(said("A", "2022-05-02", "At least 19 people died in the flood."),
                said("B", "2022-05-02", "12 people died in the flood.")).kind()).isEqualTo(Kind.NUMERIC);
    }

    @Test
    void exactCountsOfTheSameThingAtTheSameTimeConflict() {
        conflict(said("A", "2022-05-02", "The storm damaged 40 houses."),
                said("B", "2022-05-02", "The storm damaged 65 houses."));
    }

    @Test
    void growingCountsMayRiseInLaterReports() {
        assertThat(compare(said("A", "2022-05-02", "Eight people were killed in the attack."),
                said("B", "2022-05-05", "Fifteen people were killed in the attack."))).isEmpty();
    }

    @Test
    void growingCountsMayNotShrink() {
        conflict(said("A", "2022-05-02", "Fifteen people were killed in the attack."),
                said("B", "2022-05-05", "Eight people were killed in the attack."));
    }

    @Test
    void differentDatesForAOnceOnlyEvent() {
        assertThat(conflict(said("A", "2022-05-20", "The minister resigned on May 3."),
                said("B", "2022-05-20", "The minister resigned on May 11.")).kind()).isEqualTo(Kind.DATE);
    }

    @Test
    void willAgainstWillNot() {
        assertThat(conflict(said("A", "2022-05-02", "The union will accept the offer."),
                said("B", "2022-05-02", "The union will not accept the offer.")).kind()).isEqualTo(Kind.MODALITY);
    }

    @Test
    void hedgesAreNotFlatAssertions() {
        assertThat(compare(said("A", "2022-05-02", "The volcano may erupt."),
                said("B", "2022-05-02", "The volcano did not erupt.")).filter(v -> v.confidence() >= 0.5)).isEmpty();
        assertThat(compare(said("A", "2022-05-02", "Experts doubt that the volcano erupted."),
                said("B", "2022-05-02", "The volcano erupted.")).filter(v -> v.confidence() >= 0.5)).isEmpty();
    }

    @Test
    void reportedSpeechIsNotNegation() {
        assertThat(compare(said("A", "2022-05-02", "The agency said that the bridge reopened."),
                said("B", "2022-05-02", "The bridge reopened."))).isEmpty();
    }

    @Test
    void oppositionIsNotDenial() {
        assertThat(compare(said("A", "2022-05-02", "The neighbours voiced strong objections to the new runway."),
                said("B", "2022-05-02", "Construction of the new runway has begun."))).isEmpty();
    }

    @Test
    void uncertainDateGivesALowerConfidenceConflict() {
        Verdict v = conflict(said("A", "2022-05-01/2022-05-10", "Work on the tunnel has begun."),
                said("B", "2022-05-06", "Work on the tunnel has not begun yet."));
        assertThat(v.confidence()).isLessThan(0.7);
        assertThat(v.explanation()).contains("uncertain date", "between 2022-05-01 and 2022-05-10");
    }

    @Test
    void aParticipleSetOffByCommasIsPassive() {
        conflict(said("A", "2022-05-02", "The old fort, built on a rocky island, is now a museum."),
                said("B", "2022-05-02", "The old fort was not built on a rocky island."));
        conflict(said("A", "2022-05-02", "The new bridge, opened by the mayor in May, is the longest in the region."),
                said("B", "2022-05-02", "The mayor did not open the new bridge."));
    }

    @Test
    void aParticipleAfterAnAppositiveWithoutCopulaKeepsItsVoice() {
        assertThat(compare(said("A", "2022-05-02", "The coach, a former striker, praised the goalkeeper."),
                said("B", "2022-05-02", "The coach was not praised by the goalkeeper."))).isEmpty();
    }

    @Test
    void failingRefusingAndDenyingContradictDoing() {
        conflict(said("A", "2022-05-02", "The council approved the budget."),
                said("B", "2022-05-02", "The council failed to approve the budget."));
        conflict(said("A", "2022-05-02", "The company paid the fine."),
                said("B", "2022-05-02", "The company refused to pay the fine."));
        conflict(said("A", "2022-05-02", "The minister signed the treaty."),
                said("B", "2022-05-02", "The minister denied signing the treaty."));
    }

    @Test
    void aPhrasalVerbIsReadWithItsParticle() {
        conflict(said("A", "2022-05-02", "The mayor resigned."),
                said("B", "2022-05-02", "The mayor did not step down."));
        conflict(said("A", "2022-05-02", "The league called off the final."),
                said("B", "2022-05-02", "The league did not cancel the final."));
    }

    @Test
    void aGerundThatWasOnlyConsideredIsNotAsserted() {
        assertThat(compare(said("A", "2022-05-02", "The minister considered stepping down."),
                said("B", "2022-05-02", "The minister did not step down."))).isEmpty();
    }

    @Test
    void predicateAdjectivesTheTaggerReadsAsAdverbs() {
        conflict(said("A", "2022-05-02", "The canal is deep."),
                said("B", "2022-05-02", "The canal is shallow."));
        conflict(said("A", "2022-05-02", "The strike is not over."),
                said("B", "2022-05-02", "The strike is over."));
    }

    @Test
    void aPrepositionalModifierOfThePassiveSubjectIsNotWhatWasActedOn() {
        conflict(said("A", "2022-05-02", "The lease with the council was cancelled last week."),
                said("B", "2022-05-02", "The council did not cancel the lease."));
        assertThat(compare(said("A", "2022-05-02", "The striker of the home team was criticised by the press."),
                said("B", "2022-05-02", "The striker never criticised the home team."))).isEmpty();
    }

    @Test
    void havingNoneContradictsHaving() {
        conflict(said("A", "2022-05-02", "The bank has branches in the north."),
                said("B", "2022-05-02", "The bank has no branches in the north."));
    }

    @Test
    void anErgativeVerbsIntransitiveSubjectIsItsPassiveSubject() {
        conflict(said("A", "2022-05-02", "The troops were withdrawn from the city."),
                said("B", "2022-05-02", "The troops did not withdraw from the city."));
        assertThat(compare(said("A", "2022-05-02", "The company sold the shares."),
                said("B", "2022-05-02", "The company was not sold."))).isEmpty();
    }

    @Test
    void aReportAndItsDenialByTheSameReporterConflict() {
        Verdict v = conflict(said("A", "2022-05-02", "The ministry reported that the levee had failed."),
                said("B", "2022-05-02", "The ministry did not report that the levee had failed."));
        assertThat(v.explanation()).contains("The ministry reported", "The ministry did not report");
        assertThat(compare(said("A", "2022-05-02", "The ministry reported that the levee had failed."),
                said("B", "2022-05-02", "The mayor did not report that the levee had failed."))).isEmpty();
    }

    @Test
    void aReportMadeAfterItsDenialIsAReversal() {
        Verdict v = compare(said("A", "2022-05-02", "The ministry did not report that the levee had failed."),
                said("B", "2022-05-09", "The ministry reported that the levee had failed.")).orElseThrow();
        assertThat(v.relation()).isEqualTo(Relation.REVERSAL);
    }

    @Test
    void anEquativeCopulaMaySwapItsParts() {
        conflict(said("A", "2022-05-02", "The chairman of the board is Ms Reyes."),
                said("B", "2022-05-02", "Ms Reyes is not the chairman of the board."));
        assertThat(compare(said("A", "2022-05-02", "The canal is a branch of the river."),
                said("B", "2022-05-02", "The river is not a branch of the canal."))).isEmpty();
    }

    @Test
    void noPeopleIsDeniedByAnyKindOfPerson() {
        conflict(said("A", "2022-05-02", "Two nurses were injured in the collision."),
                said("B", "2022-05-02", "No people were injured in the collision."));
        assertThat(compare(said("A", "2022-05-02", "Two trucks were damaged in the collision."),
                said("B", "2022-05-02", "No people were damaged in the collision."))).isEmpty();
    }

    @Test
    void aCountOfSomeKindOfPersonIsNoCountOfPeople() {
        assertThat(compare(said("A", "2022-05-02", "Three soldiers were killed in the attack."),
                said("B", "2022-05-02", "Twelve people were killed in the attack."))).isEmpty();
    }

    @Test
    void aNationalityAdjectiveMatchesItsCountry() {
        conflict(said("A", "2022-05-02", "The Spanish navy rescued the fishermen."),
                said("B", "2022-05-02", "The navy of Spain did not rescue the fishermen."));
    }

    @Test
    void whatEveryoneDoesIsDeniedForAnyone() {
        conflict(said("A", "2022-05-02", "Everyone has a ticket for the ferry."),
                said("B", "2022-05-02", "Marta does not have a ticket for the ferry."));
        assertThat(compare(said("A", "2022-05-02", "Everyone in the office has a ticket for the ferry."),
                said("B", "2022-05-02", "Marta does not have a ticket for the ferry."))).isEmpty();
    }

    @Test
    void beingReadyToActIsAPlanThatARefusalContradicts() {
        conflict(said("A", "2022-05-02", "The union is willing to sign the wage deal."),
                said("B", "2022-05-02", "The union will not sign the wage deal."));
    }
}
