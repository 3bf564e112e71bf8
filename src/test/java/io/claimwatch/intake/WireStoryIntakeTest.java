package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimwatch.analysis.DateSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wire story of our own writing, built unlike the seed: a dateline, a byline and a credit line,
 * "the company said on Tuesday", indirect speech without "that", a quote continued in its own
 * sentence, a surname and "he added" referring back, "two days ago" and "a day earlier", an
 * outlet named through "according to the newspaper", a caption and a correction.
 */
class WireStoryIntakeTest {

    static final String TEXT = SeedArticleIntakeTest.resource("articles/wire-plant-closure.txt");
    private final IntakeResult result = new ArticleIntake().read(TEXT, DateSpan.parse("2026-03-11"), "Reuters", false);
    private final List<Draft> drafts = result.drafts();

    @Test
    void speakersOrganisationsOutletsAndDates() {
        String undated = "2026-02-09/2026-03-11";
        assertThat(drafts).extracting(d -> d.speaker().name(), d -> d.speaker().organisation(), Draft::reportedBy,
                Draft::statedOn, Draft::quote).containsExactly(
                tuple(null, "Lusimetal", null, "2026-03-10", "paraphrase"),
                tuple("Ana Ferreira", null, null, undated, "paraphrase"),
                tuple("Ana Ferreira", null, null, undated, "verbatim"),
                tuple("Ana Ferreira", null, null, undated, "verbatim"),
                tuple("Rui Matos", "Workers' union", null, undated, "paraphrase"),
                tuple("Rui Matos", "Workers' union", null, undated, "verbatim"),
                tuple("Rui Matos", "Workers' union", null, undated, "paraphrase"),
                tuple("Paulo Sequeira", "Economy", "Publico", "2026-03-09", "paraphrase"),
                tuple("Paulo Sequeira", "Economy", null, "2026-03-08", "paraphrase"));
    }

    @Test
    void claimTexts() {
        assertThat(drafts).extracting(Draft::text).containsExactly(
                "Lusimetal will close its Porto Norte steel plant by the end of the year.",
                "The closure will cost 1,200 jobs.",
                "We have tried everything to keep the furnaces running.",
                "The numbers no longer work.",
                "The company had promised in January that no jobs would be cut before 2027.",
                "Nobody from management told us anything.",
                "The union would strike on Friday.",
                "The government would not subsidise the plant.",
                "Talks with the company were continuing.");
    }

    @Test
    void aDateInsideTheReportedClauseIsNotTheDateOfTheRemark() {
        assertThat(drafts.get(4).datePhrase()).isNull(); // "had promised in January" is what was said, not when
        assertThat(drafts.get(6).datePhrase()).isNull(); // "would strike on Friday"
        assertThat(drafts.get(0).datePhrase()).isEqualTo("Tuesday");
        assertThat(drafts.get(7).datePhrase()).isEqualTo("two days ago");
        assertThat(drafts.get(8).datePhrase()).isEqualTo("A day earlier"); // the day before the previous dated sentence
    }

    @Test
    void referencesBackResolveToTheLastNamedSpeaker() {
        assertThat(drafts.get(5).cue()).isEqualTo("said"); // "Matos said"
        assertThat(drafts.get(6).cue()).isEqualTo("added"); // "He added that"
        assertThat(drafts.get(3).cue()).isEqualTo("continues"); // a quote alone after "she said"
        assertThat(drafts.get(0).confidence()).isLessThan(0.9); // "the company" before any company was named
        assertThat(drafts.get(1).speaker().title()).isEqualTo("chief executive");
    }

    @Test
    void headlineBylinesCaptionAndCorrectionAreSkipped() {
        assertThat(result.skipped()).extracting(Block::kind).containsExactly(Block.Kind.HEADING, Block.Kind.BYLINE,
                Block.Kind.CAPTION, Block.Kind.CORRECTION, Block.Kind.BYLINE);
        assertThat(drafts).noneSatisfy(d -> assertThat(d.text()).containsAnyOf("LISBON", "2,100", "Photo", "Whitlock"));
    }

    @Test
    void spansCoverTheClaims() {
        assertThat(drafts.get(7).span().of(TEXT)).isEqualTo("the government would not subsidise the plant");
        assertThat(drafts.get(2).span().of(TEXT)).isEqualTo("We have tried everything to keep the furnaces running");
    }
}
