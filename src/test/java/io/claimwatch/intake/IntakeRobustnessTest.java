package io.claimwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.analysis.DateSpan;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any text gives drafts whose spans lie in it, never an exception: cut articles, odd punctuation, noise. */
class IntakeRobustnessTest {

    private final ArticleIntake intake = new ArticleIntake();

    private void readsCleanly(String text) {
        IntakeResult r = intake.read(text, DateSpan.parse("2016-02-08/2016-02-19"), "Outlet", true);
        for (Draft d : r.drafts()) {
            assertThat(d.span().end()).as(text).isLessThanOrEqualTo(text.length());
            assertThat(d.text()).isNotBlank();
            DateSpan.parse(d.statedOn());
            assertThat(d.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void everyCutOfTheTestArticlesReadsCleanly() {
        for (String article : List.of(SeedArticleIntakeTest.TEXT, WireStoryIntakeTest.TEXT)) {
            for (int cut = 0; cut < article.length(); cut += 7) {
                readsCleanly(article.substring(0, cut));
                readsCleanly(article.substring(cut));
            }
        }
    }

    @Test
    void oddTextReadsCleanly() {
        for (String text : List.of("", " ", "\n\n\n", "said", "\u201C", "\u201D,\u201D he said.", "\"", ", said .", "told that",
                "According to", "according to X,", "He added.", "\u201CQuote.\u201D", "On Monday, said: \u201C",
                "X said on February 30 that it was.", "Y said 99 days ago that.", "A day later, B reported that C.",
                "the ministry said", "Mr. Smith said on Feb. 3 that no.", "A, B said, C said, D said.")) {
            readsCleanly(text);
        }
        Random random = new Random(7);
        String alphabet = "ab Cd.,:;\"\u201C\u201D\u2019'\n said told added according to Monday last February 12 ";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(200); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            readsCleanly(sb.toString());
        }
    }
}
