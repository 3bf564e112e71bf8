package io.claimwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LemmasTest {

    private static TokenizerME tokenizer;
    private static POSTaggerME tagger;
    private static LemmatizerModel model;

    @BeforeAll
    static void models() throws IOException {
        tokenizer = new TokenizerME(new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        tagger = new POSTaggerME(new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        model = new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));
    }

    private static InputStream open(String resource) {
        return LemmasTest.class.getClassLoader().getResourceAsStream(resource);
    }

    @Test
    void greedyDecodingAgreesWithTheBeamSearchOnNewsSentences() {
        Lemmas lemmas = new Lemmas(model);
        LemmatizerME beam = new LemmatizerME(model);
        for (String sentence : List.of(
                "The ministry denied reports that the plant had closed after the floods.",
                "Rescuers said the death toll had risen to 40 as more bodies were found.",
                "Workers went on strike on Monday, and the unions were demanding better wages.",
                "She was not arrested, but two men were detained by police officers overnight.")) {
            String[] words = tokenizer.tokenize(sentence);
            String[] tags = tagger.tag(words);
            assertThat(lemmas.lemmatize(words, tags)).containsExactly(beam.lemmatize(words, tags));
        }
    }

    @Test
    void aRememberedDecisionGivesTheSameLemmasAsTheFirst() {
        Lemmas lemmas = new Lemmas(model);
        String[] words = tokenizer.tokenize("Officials were arrested and the talks began.");
        String[] tags = tagger.tag(words);
        String[] first = lemmas.lemmatize(words, tags);
        assertThat(first).contains("official", "be", "arrest", "talk", "begin");
        assertThat(lemmas.lemmatize(words, tags)).containsExactly(first);
    }
}
