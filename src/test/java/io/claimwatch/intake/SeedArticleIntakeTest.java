package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimwatch.analysis.DateSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article (published 2016-02-19) read into drafts, field by field. */
class SeedArticleIntakeTest {

    static final String TEXT = resource("db/demo/thaad-talks-article.txt");
    private final IntakeResult result = new ArticleIntake().read(TEXT, DateSpan.parse("2016-02-19"), "Hong Kong Free Press", false);
    private final List<Draft> drafts = result.drafts();

    static String resource(String name) {
        try (InputStream in = SeedArticleIntakeTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyAttributedRemarkIsADraftWithSpeakerOrganisationOutletAndDate() {
        assertThat(drafts).extracting(d -> d.speaker().name(), d -> d.speaker().organisation(), Draft::reportedBy,
                Draft::statedOn, Draft::quote).containsExactly(
                tuple("Moon Sang-gyun", "South Korea\u2019s defence ministry", null, "2016-01-20/2016-02-19", "paraphrase"),
                tuple(null, "Korean Yonhap News", "Korean Yonhap News", "2016-01-20/2016-02-19", "paraphrase"),
                tuple("Peter Cook", "US Pentagon", null, "2016-02-08/2016-02-15", "paraphrase"),
                tuple("Cho June-hyuck", "South Korea\u2019s defence ministry", null, "2016-02-11/2016-02-18", "verbatim"),
                tuple("Wang Yi", "China", "Reuters", "2016-02-12", "paraphrase"),
                tuple("Bill Urban", "Pentagon", "Yonhap News", "2016-02-17", "paraphrase"),
                tuple(null, "Yonhap", "Yonhap", "2016-02-18", "paraphrase"),
                tuple("Raoul Heinrichs", "Lowy Institute for International Policy", "National Interest", "2016-01-20/2016-02-19", "paraphrase"),
                tuple("Hong Lei", "Chinese Defence Ministry", null, "2016-02-15", "verbatim"),
                tuple("Hong Lei", "Chinese Defence Ministry", null, "2016-02-15", "verbatim"));
    }

    @Test
    void eachDateSaysWhichPhraseGaveIt() {
        assertThat(drafts).extracting(Draft::datePhrase).containsExactly(
                null, null, "last Monday", "Last Thursday", "February 12", "February 17", "one day later", null,
                "February 15", "February 15");
        assertThat(drafts.get(9).dateBasis()).contains("previous remark"); // "he added": same occasion
        assertThat(drafts.get(0).dateBasis()).contains("no date in the text");
    }

    @Test
    void lastWeekdayIsAnIntervalOfBothReadingsNeverAGuess() {
        DateSpan cook = DateSpan.parse(drafts.get(2).statedOn());
        assertThat(cook.earliest().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(cook.latest().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(cook.uncertaintyDays()).isEqualTo(7);
        assertThat(drafts.get(2).confidence()).isLessThan(drafts.get(5).confidence());
    }

    @Test
    void textsAreTheClaimsWithQuotationMarksRemovedAndEllipsesKept() {
        assertThat(drafts.get(3).text()).startsWith("The ROK [South Korea] and the US have embarked on formal consultations")
                .endsWith("(THAAD) battery\u2026");
        assertThat(drafts.get(5).text()).isEqualTo("The talks have not yet begun, and there was no timetable for when they would.");
        assertThat(drafts.get(6).text()).isEqualTo("The two countries had begun official talks on deploying THAAD.");
        assertThat(drafts.get(4).text()).startsWith("China\u2019s Foreign Minister Wang Yi expressed grave concerns over the deployment");
        assertThat(drafts.get(8).text()).startsWith("It [THAAD] will directly damage").endsWith("in the region.");
        assertThat(drafts.get(9).text()).startsWith("China will remain committed").contains("Peninsula\u2026 [but] we will not allow");
        assertThat(drafts).allSatisfy(d -> assertThat(d.text()).doesNotContain("\u201C", "\u201D", "\""));
    }

    @Test
    void spansPointAtTheClaimInTheArticle() {
        for (Draft d : drafts) {
            String inArticle = d.span().of(TEXT).replaceAll("[\u201C\u201D\"]", "").replace('\u00A0', ' ');
            assertThat(d.text().substring(1)).as(d.speaker().toString()).startsWith(inArticle.substring(1, 20));
        }
        assertThat(drafts.get(5).span().of(TEXT).replace('\u00A0', ' ')).isEqualTo("the talks have not yet begun, and there was no timetable for when they would");
    }

    @Test
    void titlesAndTheInferredOrganisationAreReported() {
        assertThat(drafts.get(2).speaker().title()).isEqualTo("Press Secretary");
        assertThat(drafts.get(3).speaker().title()).isEqualTo("Spokesperson and Deputy Minister for Public Relations");
        assertThat(drafts.get(3).speaker().organisationInferred()).isTrue(); // "South Korean" alone names no organisation
        assertThat(drafts.get(3).confidence()).isLessThan(0.9);
        assertThat(drafts.get(0).speaker().country()).isEqualTo("KR");
    }

    @Test
    void captionsHeadingBylineAndBioGiveNoDraft() {
        assertThat(result.skipped()).extracting(Block::kind).containsExactly(Block.Kind.CAPTION, Block.Kind.HEADING,
                Block.Kind.CAPTION, Block.Kind.BYLINE, Block.Kind.BIO);
        assertThat(drafts).noneSatisfy(d -> assertThat(d.text()).containsAnyOf("Wikimedia", "Hermina", "Contradictory"));
    }

    @Test
    void unattributedSentencesBecomeTheOutletsOwnDraftsOnlyWhenAsked() {
        List<Draft> all = new ArticleIntake().read(TEXT, DateSpan.parse("2016-02-19"), "Hong Kong Free Press", true).drafts();
        assertThat(all).hasSizeGreaterThan(drafts.size());
        assertThat(all).filteredOn(d -> d.cue() == null).extracting(Draft::text)
                .contains("China opposed the deployment of the system.")
                .allSatisfy(t -> assertThat(t).doesNotContain("Wikimedia"));
        assertThat(all).filteredOn(d -> d.cue() == null)
                .allSatisfy(d -> assertThat(d.statedOn()).isEqualTo("2016-02-19"))
                .allSatisfy(d -> assertThat(d.speaker().organisation()).isEqualTo("Hong Kong Free Press"));
    }
}
