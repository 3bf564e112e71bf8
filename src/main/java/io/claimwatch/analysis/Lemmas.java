package io.claimwatch.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's statistical lemmatizer, decoded greedily and remembered. The model picks each token's
 * edit script from the word, its tag and the previous token's script only, so a greedy decision is
 * a function of those three strings: news text repeats them so much that nearly every token is a
 * cache hit, where {@link LemmatizerME}'s beam search scored every token of every sentence anew
 * (60% of ingest CPU). Greedy and beam decoding agree on the golden cases and the eval sets.
 */
final class Lemmas {

    private static final String MODEL_ENTRY = "lemmatizer.model";
    private static final int REMEMBERED = 200_000;

    private final MaxentModel model;
    private final LemmatizerContextGenerator context;
    private final Cache<String, String> scripts = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    Lemmas(LemmatizerModel lemmatizerModel) {
        if (!(lemmatizerModel.getArtifact(MODEL_ENTRY) instanceof MaxentModel maxent)) {
            throw new IllegalStateException("the lemmatizer model holds no maximum-entropy model");
        }
        this.model = maxent;
        this.context = lemmatizerModel.getFactory().getContextGenerator();
    }

    String[] lemmatize(String[] words, String[] tags) {
        String[] scriptOf = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String previous = i == 0 ? "" : scriptOf[i - 1];
            int at = i;
            scriptOf[i] = scripts.get(words[i] + '\u0000' + tags[i] + '\u0000' + previous,
                    key -> model.getBestOutcome(model.eval(context.getContext(at, words, tags, scriptOf))));
        }
        return LemmatizerME.decodeLemmas(words, scriptOf);
    }
}
