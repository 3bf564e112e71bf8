package io.claimwatch.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The WordNet 3.1 questions the lexicon asks. Every lookup holds the dictionary's lock: extJWNL's
 * caches are not meant for concurrent use.
 */
final class WordNet {

    /** How many senses of a word count as its ordinary meanings: rarer senses make everything a synonym. */
    private static final int SENSES = 3;

    private final Dictionary dictionary;

    WordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** A question to extJWNL, which may fail with its checked exception. */
    private interface Lookup<T> {
        T get() throws JWNLException;
    }

    /** {@code lookup} under the dictionary's lock; {@code otherwise} when extJWNL fails. */
    private <T> T locked(Lookup<T> lookup, T otherwise) {
        synchronized (dictionary) {
            try {
                return lookup.get();
            } catch (JWNLException e) {
                return otherwise;
            }
        }
    }

    /**
     * The verb a word form belongs to ("rose" gives rise, "fell" gives fall when the tagger's lemma
     * says so), from WordNet's morphology and exception lists; null when it is no verb form.
     */
    String verbBaseOf(String word, String taggerLemma) {
        return locked(() -> {
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
        }, null);
    }

    /** The noun a word form belongs to ("profits" gives profit), or the word itself when WordNet has no other. */
    String nounBaseOf(String word) {
        return locked(() -> {
            List<String> bases = dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, word);
            return bases.isEmpty() ? word : bases.get(0);
        }, word);
    }

    boolean knows(POS pos, String lemma) {
        return locked(() -> {
            return dictionary.getIndexWord(pos, lemma) != null;
        }, false);
    }

    /** The place a nationality adjective is about ("french" gives "france"), or null. */
    String placeOf(String adjective) {
        return locked(() -> {
            IndexWord word = dictionary.getIndexWord(POS.ADJECTIVE, adjective);
            if (word == null || word.getSenses().isEmpty()) {
                return null;
            }
            for (Word w : word.getSenses().get(0).getWords()) {
                if (!w.getLemma().equalsIgnoreCase(adjective)) {
                    continue;
                }
                for (Pointer pointer : w.getPointers(PointerType.PERTAINYM)) {
                    if (pointer.getTarget() instanceof Word t && Character.isUpperCase(t.getLemma().charAt(0))) {
                        return t.getLemma().toLowerCase(java.util.Locale.ROOT); // a proper noun: a place or people
                    }
                }
            }
            return null;
        }, null);
    }

    /** Direct antonyms of adjectives and adverbs, and indirect ones of adjectives. */
    Set<String> antonyms(String lemma) {
        Set<String> result = locked(() -> {
            Set<String> indirect = new HashSet<>();
            indirectAdjectiveAntonyms(lemma, indirect);
            return indirect;
        }, null);
        if (result == null) {
            return Set.of();
        }
        result.addAll(directAntonyms(lemma));
        return result;
    }

    /** Direct antonyms of adjectives and adverbs only ("armed": "unarmed"). */
    Set<String> directAntonyms(String lemma) {
        return locked(() -> {
            Set<String> result = new HashSet<>();
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
            return result;
        }, Set.of());
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

    /** Same synset or a near hypernym among ordinary senses; for adjectives, a satellite entails its head. */
    boolean entails(String specific, String general) {
        return locked(() -> {
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
        }, false);
    }

    /** Whether the first sense of noun {@code word} is a kind of person ("climber", "senator"). */
    boolean isPersonNoun(String word) {
        return firstSenseIsA(word, List.of("person"), 8);
    }

    /** Whether the noun's first sense is an event, an act or a gathering ("vote", "summit", "funeral"). */
    boolean isEventNoun(String word) {
        return firstSenseIsA(word, List.of("event", "gathering"), 10);
    }

    /** Whether one of the noun's first three senses is a kind of injury ("burn", "fracture"). */
    boolean isInjuryNoun(String word) {
        return sensesAreA(word, 3, List.of("injury"), 6);
    }

    /** An event and no gathering: "the attack", "the fire", not "the court" or "the market". */
    boolean isHappeningNoun(String word) {
        return firstSenseIsA(word, List.of("event"), 10);
    }

    /** Whether WordNet knows {@code word} as a noun and none of its senses is a named instance ("theatre", not "Leeds"). */
    boolean isCommonNoun(String word) {
        return locked(() -> {
            IndexWord w = dictionary.getIndexWord(POS.NOUN, word);
            if (w == null) {
                return false;
            }
            for (Synset sense : w.getSenses()) {
                if (!sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
                    return false;
                }
            }
            return true;
        }, false);
    }

    /** Whether noun {@code name} names a place on the map: one of its senses is an instance of a location ("Geneva", "Austria"). */
    boolean isNamedPlace(String name) {
        return locked(() -> {
            IndexWord w = dictionary.getIndexWord(POS.NOUN, name);
            IndexWord location = dictionary.getIndexWord(POS.NOUN, "location");
            if (w == null || location == null) {
                return false;
            }
            Set<Long> target = Set.of(location.getSenses().get(0).getOffset());
            for (Synset sense : w.getSenses()) {
                for (Pointer instanceOf : sense.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                    if (reaches(instanceOf.getTargetSynset(), target, 8)) {
                        return true;
                    }
                }
            }
            return false;
        }, false);
    }

    /** Whether a sense of place {@code inner} lies within a sense of {@code outer}, as WordNet's part holonyms say ("Geneva" in "Switzerland"). */
    boolean isWithin(String inner, String outer) {
        return locked(() -> {
            IndexWord i = dictionary.getIndexWord(POS.NOUN, inner);
            IndexWord o = dictionary.getIndexWord(POS.NOUN, outer);
            if (i == null || o == null) {
                return false;
            }
            Set<Long> outers = new HashSet<>();
            o.getSenses().forEach(sense -> outers.add(sense.getOffset()));
            for (Synset sense : i.getSenses()) {
                if (reaches(sense, outers, 5, PointerType.PART_HOLONYM)) {
                    return true;
                }
            }
            return false;
        }, false);
    }

    /** Whether the first sense of noun {@code word} reaches the first sense of one of {@code roots} within {@code depth} hypernyms. */
    private boolean firstSenseIsA(String word, List<String> roots, int depth) {
        return sensesAreA(word, 1, roots, depth);
    }

    /** Whether one of the noun's first {@code senses} senses is a kind of one of {@code roots} (their first senses). */
    private boolean sensesAreA(String word, int senses, List<String> roots, int depth) {
        return locked(() -> {
            IndexWord w = dictionary.getIndexWord(POS.NOUN, word);
            if (w == null || w.getSenses().isEmpty()) {
                return false;
            }
            Set<Long> targets = new HashSet<>();
            for (String root : roots) {
                IndexWord r = dictionary.getIndexWord(POS.NOUN, root);
                if (r != null) {
                    targets.add(r.getSenses().get(0).getOffset());
                }
            }
            for (Synset sense : w.getSenses().subList(0, Math.min(senses, w.getSenses().size()))) {
                if (reaches(sense, targets, depth)) {
                    return true;
                }
            }
            return false;
        }, false);
    }

    /** Same synset, or a hypernym of it within {@code depth} steps. */
    private static boolean reaches(Synset synset, Set<Long> targets, int depth) throws JWNLException {
        return reaches(synset, targets, depth, PointerType.HYPERNYM);
    }

    /** Same synset, or one {@code link} pointers lead to within {@code depth} steps (hypernyms, part holonyms). */
    private static boolean reaches(Synset synset, Set<Long> targets, int depth, PointerType link) throws JWNLException {
        if (targets.contains(synset.getOffset())) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (Pointer p : synset.getPointers(link)) {
            if (reaches(p.getTargetSynset(), targets, depth - 1, link)) {
                return true;
            }
        }
        return false;
    }
}
