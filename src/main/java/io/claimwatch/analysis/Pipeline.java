package io.claimwatch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentence splitting, tokenising, UD tagging and lemmatising with the OpenNLP English models
 * read from the model jars on the classpath. Models are immutable and shared; the ME wrappers
 * keep per-call state, so each thread gets its own. The lemmatizer is one shared {@link Lemmas}.
 */
final class Pipeline {

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final Lemmas lemmas;
    private final ThreadLocal<Workers> workers = ThreadLocal.withInitial(this::newWorkers);

    private record Workers(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {}

    Pipeline() {
        try {
            sentenceModel = new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
            tokenizerModel = new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
            posModel = new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
            lemmas = new Lemmas(new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Pipeline.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the classpath (opennlp-models-*-en jars)");
        }
        return in;
    }

    private Workers newWorkers() {
        return new Workers(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenizerModel),
                new POSTaggerME(posModel));
    }

    List<String> sentences(String text) {
        return List.of(workers.get().sentences().sentDetect(text));
    }

    List<Token> tag(String sentence) {
        Workers w = workers.get();
        String[] words = splitPossessives(splitFinalStop(splitGluedHyphens(w.tokenizer().tokenize(normalizeQuotes(sentence)))));
        String[] tags = w.tagger().tag(words);
        String[] lemmas = this.lemmas.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            splitContraction(words[i], tags[i], lemmas[i], tokens);
        }
        return joinHyphens(tokens);
    }

    /**
     * The tokenizer cuts "third-quarter" as "third", "-quarter" (and "long-term" as "long", "-",
     * "term"): give the second word back, as in the second form, before tagging, so "third-quarter
     * sales" reads like "sales in the third quarter". A "no-" compound and a noun ending in a
     * particle ("pile-up", "walk-out") stay one word.
     */
    private static String[] splitGluedHyphens(String[] words) {
        List<String> out = null;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean glued = i > 0 && word.length() > 2 && word.charAt(0) == '-' && Character.isLetter(word.charAt(1));
            int at = i;
            if (!glued && word.equals("-") && i > 0 && i + 1 < words.length && Character.isLetter(words[i - 1].charAt(0))
                    && Cues.PARTICLES.contains(words[i + 1].toLowerCase(java.util.Locale.ROOT))) {
                glued = true; // "pile", "-", "up": read as "pile" "-up", joined below
                word = "-" + words[++i];
            }
            if (glued && out == null) {
                out = new ArrayList<>(List.of(words).subList(0, at));
            }
            if (glued && Cues.PARTICLES.contains(word.substring(1).toLowerCase(java.util.Locale.ROOT))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + word); // "a pile-up", "the walk-out": one noun
            } else if (glued && out.get(out.size() - 1).equalsIgnoreCase("no")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + word); // "a no-confidence vote", "a no-fly zone": no negation
            } else if (glued) {
                out.add("-");
                out.add(word.substring(1));
            } else if (out != null) {
                out.add(word);
            }
        }
        return out == null ? words : out.toArray(String[]::new);
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(\\p{Lu}\\p{L}+)('s)");

    /**
     * The tokenizer sometimes keeps "Monday's" whole: give a weekday and its "'s" back as two words, so
     * "Monday's strike" is dated. (Other names keep the tokenizer's reading, which the rest of the
     * analysis is tuned to.)
     */
    private static String[] splitPossessives(String[] words) {
        List<String> out = new ArrayList<>(words.length + 2);
        for (String word : words) {
            java.util.regex.Matcher m = POSSESSIVE.matcher(word);
            if (m.matches() && TimeExpressions.weekday(m.group(1).toLowerCase(java.util.Locale.ROOT)) != null) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(word);
            }
        }
        return out.size() == words.length ? words : out.toArray(String[]::new);
    }

    /** The tokenizer sometimes keeps a sentence's full stop on a final number ("born in 1981."): give it back. */
    private static String[] splitFinalStop(String[] words) {
        int last = words.length - 1;
        if (last < 0 || !FINAL_NUMBER.matcher(words[last]).matches()) {
            return words;
        }
        String[] out = java.util.Arrays.copyOf(words, words.length + 1);
        out[last] = words[last].substring(0, words[last].length() - 1);
        out[last + 1] = ".";
        return out;
    }

    private static final java.util.regex.Pattern FINAL_NUMBER = java.util.regex.Pattern.compile("\\d[\\d,.]*\\d\\.|\\d\\.");

    /** The tokenizer keeps "didn't" whole, tagged AUX+PART with lemma do+not: split it so "not" is a word. */
    private static void splitContraction(String word, String tag, String lemma, List<Token> out) {
        int plus = tag.indexOf('+');
        int lemmaPlus = lemma.indexOf('+');
        if (plus > 0 && lemmaPlus > 0) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            int cut = lower.endsWith("n't") ? word.length() - 3 : Math.max(1, word.indexOf('\''));
            if (cut <= 0 || cut >= word.length()) {
                cut = word.length();
            }
            out.add(new Token(out.size(), word.substring(0, cut), tag.substring(0, plus), lemma.substring(0, lemmaPlus)));
            String rest = cut < word.length() ? word.substring(cut) : lemma.substring(lemmaPlus + 1);
            out.add(new Token(out.size(), rest, tag.substring(plus + 1), lemma.substring(lemmaPlus + 1)));
            return;
        }
        int apostrophe = word.indexOf('\'');
        if (plus > 0 && apostrophe > 0) {
            // "Baghdad's", "Corp.'s": tagged PROPN+PART but lemmatized whole ("baghdad'"); split it all the same,
            // the lemma too
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            int lemmaCut = lemma.indexOf('\'');
            out.add(new Token(out.size(), word.substring(0, apostrophe), tag.substring(0, plus),
                    lemma.isEmpty() || lemma.equals("O") ? lower.substring(0, apostrophe)
                    : lemmaCut > 0 ? lemma.substring(0, lemmaCut) : lemma));
            out.add(new Token(out.size(), word.substring(apostrophe), tag.substring(plus + 1), lower.substring(apostrophe)));
            return;
        }
        out.add(new Token(out.size(), word, tag, lemma.equals("O") || lemma.isEmpty() ? word.toLowerCase(java.util.Locale.ROOT) : lemma));
    }

    /** The tokenizer cuts "X-rays" into "X-" and "rays": put the word back together. */
    private static List<Token> joinHyphens(List<Token> in) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (t.text().length() > 1 && t.text().endsWith("-") && i + 1 < in.size()
                    && Character.isLetterOrDigit(in.get(i + 1).text().charAt(0))) {
                Token next = in.get(i + 1);
                String lemma = t.text().toLowerCase(java.util.Locale.ROOT) + next.lemma();
                out.add(new Token(out.size(), t.text() + next.text(), next.tag(), lemma));
                i++;
            } else {
                out.add(new Token(out.size(), t.text(), t.tag(), t.lemma()));
            }
        }
        return out;
    }

    private static String normalizeQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
