package io.claimwatch.analysis;

import static io.claimwatch.analysis.AnalyzerFixture.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantitiesAndDatesTest {

    @Test
    void boundsOnCounts() {
        Quantity q = first("At least 14 people were killed in the crash.").quantities().get(0);
        assertThat(q.value()).isEqualTo(14);
        assertThat(q.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(q.counts()).isEqualTo("people");
        assertThat(q.growsOnly()).isTrue();

        assertThat(first("More than 300 homes lost power.").quantities().get(0).bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(first("About 40 boats joined the race.").quantities().get(0).bound()).isEqualTo(Bound.ABOUT);
    }

    @Test
    void numberWordsAndScales() {
        assertThat(first("Three ministers resigned.").quantities().get(0).value()).isEqualTo(3);
        assertThat(first("The fund raised 2.5 million dollars.").quantities().get(0).value()).isEqualTo(2_500_000);
    }

    @Test
    void countsThatCanFallAreNotGrowOnly() {
        assertThat(first("The shop employs 12 workers.").quantities().get(0).growsOnly()).isFalse();
    }

    @Test
    void explicitDates() {
        assertThat(first("The dam burst on April 3, 2019.").time()).isEqualTo("2019-04-03");
        assertThat(first("The dam burst on 3 April 2019.").time()).isEqualTo("2019-04-03");
        assertThat(first("The dam burst in 2019.").time()).isEqualTo("2019-01-01/2019-12-31");
    }

    @Test
    void datesWithoutYearAreTheLastOneBeforeTheStatement() {
        // said on 2021-03-15: February 28 is 2021-02-28, December 2 is 2020-12-02
        assertThat(first("The dam burst on February 28.").time()).isEqualTo("2021-02-28");
        assertThat(first("The dam burst on December 2.").time()).isEqualTo("2020-12-02");
    }

    @Test
    void relativeDaysResolveAgainstTheStatementDate() {
        assertThat(first("The dam burst yesterday.").time()).isEqualTo("2021-03-14");
        assertThat(first("The dam burst on Thursday.").time()).isEqualTo("2021-03-11");
        assertThat(first("The dam burst at 6 a.m. on Monday.").time()).isEqualTo("2021-03-15");
    }

    @Test
    void weekdayAgainstAnUncertainDateIsAnInterval() {
        Claim claim = TextAnalyzer.shared().analyze("The dam burst on Tuesday.", DateSpan.parse("2021-03-10/2021-03-20"))
                .get(0);
        assertThat(claim.time()).isEqualTo("2021-03-09/2021-03-16");
    }

    @Test
    void yearsAreNotCounts() {
        assertThat(first("The dam burst in 2019.").quantities()).isEmpty();
    }
}
