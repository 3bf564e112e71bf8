package io.claimwatch.analysis;

import com.clearnlp.component.AbstractComponent;
import com.clearnlp.dependency.DEPNode;
import com.clearnlp.dependency.DEPTree;
import com.clearnlp.nlp.NLPGetter;
import com.clearnlp.nlp.NLPMode;
import com.clearnlp.tokenization.AbstractTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * ClearNLP 2.0.2 with its general-en models (PTB tags, Stanford-style labels), read from the model
 * jars on the class path. The components keep decoding state, so parsing is serialised.
 */
final class ClearNlpParser {

    /** One word of the parse: 1-based id, head 0 for the root. */
    record Dep(int id, String form, String lemma, String pos, int head, String label) {
        boolean verbal() {
            return pos.startsWith("VB") || pos.startsWith("JJ");
        }
    }

    private final AbstractTokenizer tokenizer;
    private final AbstractComponent tagger;
    private final AbstractComponent morph;
    private final AbstractComponent parser;

    ClearNlpParser() {
        try {
            tokenizer = NLPGetter.getTokenizer("en");
            tagger = NLPGetter.getComponent("general-en", "en", NLPMode.MODE_POS);
            morph = NLPGetter.getMPAnalyzer("en");
            parser = NLPGetter.getComponent("general-en", "en", NLPMode.MODE_DEP);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the ClearNLP models", e);
        }
    }

    /** The parse of one sentence. */
    synchronized List<Dep> parse(String sentence) {
        DEPTree tree = NLPGetter.toDEPTree(tokenizer.getTokens(sentence));
        tagger.process(tree);
        morph.process(tree);
        parser.process(tree);
        List<Dep> out = new ArrayList<>();
        for (int i = 1; i < tree.size(); i++) {
            DEPNode n = tree.get(i);
            out.add(new Dep(n.id, n.form, n.lemma, n.pos, n.hasHead() ? n.getHead().id : 0, n.getLabel()));
        }
        return out;
    }
}
