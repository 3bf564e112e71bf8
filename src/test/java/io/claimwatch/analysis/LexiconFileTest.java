package io.claimwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFileTest {

    @Test
    void readsEntriesFieldsAndSkipsComments() {
        LexiconFile file = LexiconFile.load("loader-sample");
        assertThat(file.rows()).containsExactly(
                List.of("begin", "start", "commence"), List.of("deny"), List.of("open", "closed"));
        assertThat(file.words()).containsExactlyInAnyOrder("begin", "start", "commence", "deny", "open", "closed");
    }

    @Test
    void pairsNeedTwoFields() {
        assertThatThrownBy(() -> LexiconFile.load("loader-sample").pairs())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expected 'a | b'");
    }

    @Test
    void aMissingFileFailsLoudly() {
        assertThatThrownBy(() -> LexiconFile.load("no-such-list"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/lexicon/no-such-list.txt");
    }
}
