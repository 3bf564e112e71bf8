package io.claimwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.shared();

    @Test
    void curatedAndWordNetAntonyms() {
        assertThat(lexicon.antonyms("confirm", "deny")).isTrue();
        assertThat(lexicon.antonyms("rise", "fall")).isTrue();
        assertThat(lexicon.antonyms("guilty", "innocent")).isTrue();
        assertThat(lexicon.antonyms("open", "closed")).isTrue();
        assertThat(lexicon.antonyms("legal", "illegal")).isTrue();
        assertThat(lexicon.antonyms("reversible", "irreversible")).isTrue();
        assertThat(lexicon.antonyms("heavy", "light")).isTrue();
    }

    @Test
    void notAntonyms() {
        assertThat(lexicon.antonyms("begin", "end")).isFalse(); // both can be true of the same talks
        assertThat(lexicon.antonyms("buy", "sell")).isFalse();
        assertThat(lexicon.antonyms("first", "second")).isFalse();
        assertThat(lexicon.antonyms("open", "open")).isFalse();
    }

    @Test
    void entailmentGoesFromSpecificToGeneral() {
        assertThat(lexicon.entails("assassinate", "kill")).isTrue();
        assertThat(lexicon.entails("deployment", "deploy")).isTrue();
        assertThat(lexicon.entails("consultation", "talk")).isTrue();
        assertThat(lexicon.entails("dog", "organism")).isFalse(); // too far up to be a paraphrase
    }

    @Test
    void aNationalityAdjectiveIsItsCountry() {
        assertThat(lexicon.entails("french", "france")).isTrue();
        assertThat(lexicon.entails("france", "french")).isTrue();
        assertThat(lexicon.entails("american", "us")).isTrue();
        assertThat(lexicon.entails("french", "germany")).isFalse();
        assertThat(lexicon.entails("economic", "economy")).isFalse(); // only proper nouns: places and peoples
    }

    @Test
    void anyKindOfPersonIsAPerson() {
        assertThat(lexicon.isPersonKind("nurse")).isTrue();
        assertThat(lexicon.isPersonKind("senator")).isTrue();
        assertThat(lexicon.isPersonKind("truck")).isFalse();
        assertThat(lexicon.entails("nurse", "people")).isFalse(); // only "no people" reads it that way
    }

    @Test
    void sharedInstance() {
        assertThat(Lexicon.shared()).isSameAs(lexicon);
    }
}
