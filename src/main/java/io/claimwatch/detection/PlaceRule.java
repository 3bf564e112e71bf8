package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One event said to happen (or planned) in two places on the map that cannot both be right: "the
 * summit will be held in Geneva" / "will take place in Vienna". Both places must be ones WordNet
 * knows, neither within the other ("Geneva" is in "Switzerland"); a venue or a street it does not
 * know is no clash. A plural subject ("protests took place in Paris" / "in Lyon") is many events.
 */
final class PlaceRule implements Rule.ClaimPair {

    private static final String IN = "in";
    private static final String THE = "the";

    private final Alignment alignment;
    private final Lexicon lexicon;

    PlaceRule(Alignment alignment, Lexicon lexicon) {
        this.alignment = alignment;
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "place";
    }

    @Override
    public Finding apply(Side x, Claim cx, Side y, Claim cy) {
        if (cx.polarity() != Polarity.POSITIVE || cy.polarity() != Polarity.POSITIVE || cx.modality() != cy.modality()
                || cx.modality() != Modality.ASSERTED && cx.modality() != Modality.PLANNED) {
            return Finding.declined(1, "polarity or modality: two places clash only for two flat assertions or two plans");
        }
        List<String> named = sameEventNamed(cx, cy);
        boolean once = cx.eventuality() == Eventuality.ONCE && cy.eventuality() == Eventuality.ONCE && !plural(cx) && !plural(cy);
        if (named.isEmpty() && !once) {
            return Finding.declined(2, "eventuality: only one event that happens once has one place");
        }
        if (!alignment.samePredicate(cx, cy)) {
            return Finding.declined(3, "predicates: \"" + cx.predicate() + "\" and \"" + cy.predicate() + "\" differ");
        }
        List<String> px = named.isEmpty() ? places(cx) : List.of(named.get(0));
        List<String> py = named.isEmpty() ? places(cy) : List.of(named.get(1));
        if (px.isEmpty() || py.isEmpty()) {
            return Finding.declined(4, "places: not both claims name a place on the map");
        }
        for (String a : px) {
            for (String b : py) {
                if (a.equals(b) || lexicon.isWithin(a, b) || lexicon.isWithin(b, a)) {
                    return Finding.declined(5, "places agree: " + a + " and " + b);
                }
            }
        }
        if (AntonymRule.ownTimesDiffer(cx, cy)) {
            return Finding.declined(6, "dates: each claim names a time of its own: two events");
        }
        Set<String> ignore = new HashSet<>();
        px.forEach(p -> ignore.addAll(List.of(p.split(" "))));
        py.forEach(p -> ignore.addAll(List.of(p.split(" "))));
        double cxy = alignment.coverage(cx, Alignment.bag(cy), ignore);
        double cyx = alignment.coverage(cy, Alignment.bag(cx), ignore);
        if (cxy < NegationRule.MIN_COVERAGE || cyx < NegationRule.MIN_COVERAGE) {
            return Finding.declined(7, "coverage: the two claims are about different things");
        }
        double confidence = Confidence.of(Math.min(cxy, cyx));
        List<String> evidence = List.of(px.get(0), py.get(0));
        // a plan moved between two days is a change of plan; on one day, or of a past event, one report is wrong
        return Finding.found(cx.modality() == Modality.PLANNED && !x.view().statedOn().overlaps(y.view().statedOn())
                ? Explanations.reversal(Kind.PLACE, confidence, x, cx, y, cy, evidence)
                : Explanations.conflict(Kind.PLACE, confidence, x, cx, y, cy, evidence));
    }

    /**
     * "after their talks in Geneva" / "after their talks in Vienna": one event named by the same noun, in a
     * place each, whatever the claims' verbs; the two places, or none. The noun must be definite ("a
     * conference in Berlin" may be one of many) and singular ("protests in Paris" are many events),
     * unless the lexicon lists the plural as one event ("talks").
     */
    private List<String> sameEventNamed(Claim cx, Claim cy) {
        java.util.Map<String, String> ex = eventPlaces(cx);
        java.util.Map<String, String> ey = eventPlaces(cy);
        for (var e : ex.entrySet()) {
            String other = ey.get(e.getKey());
            if (other != null) {
                return List.of(e.getValue(), other);
            }
        }
        return List.of();
    }

    private java.util.Map<String, String> eventPlaces(Claim c) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        String[] words = c.text().split("\\s+");
        for (int i = 1; i + 1 < words.length; i++) {
            String noun = words[i - 1].toLowerCase(Locale.ROOT);
            if (!words[i].toLowerCase(Locale.ROOT).equals(IN) || !lexicon.isEventNoun(noun) || i < 2
                    || !DEFINITE.contains(words[i - 2].toLowerCase(Locale.ROOT))
                    || noun.endsWith("s") && !Lexicon.isListedEventNoun(noun)) {
                continue;
            }
            placeAt(words, i).ifPresent(place -> out.putIfAbsent(noun, place));
        }
        return out;
    }

    private static final Set<String> DEFINITE = io.claimwatch.analysis.LexiconFile.load("determiners").withField("definite");

    /** The capitalised names after "in" in the claim's text ("in Geneva", "in the Netherlands") that WordNet knows as places, lower case. */
    private List<String> places(Claim c) {
        String[] words = c.text().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            if (i > 0 && lexicon.isEventNoun(lexicon.nounBaseOf(words[i - 1].toLowerCase(Locale.ROOT)))) {
                continue; // "arrested dozens after protests in Paris": the place is the protests', not the arrest's
            }
            placeAt(words, i).ifPresent(out::add);
        }
        return out;
    }

    /** The place named after the "in" at {@code i}, if WordNet knows it as one. */
    private java.util.Optional<String> placeAt(String[] words, int i) {
        if (i + 1 >= words.length || !words[i].toLowerCase(Locale.ROOT).equals(IN)) {
            return java.util.Optional.empty();
        }
        int j = words[i + 1].toLowerCase(Locale.ROOT).equals(THE) ? i + 2 : i + 1;
        List<String> name = new ArrayList<>();
        for (; j < words.length; j++) {
            String w = words[j].replaceAll("\\p{P}+$", "");
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                break;
            }
            name.add(w.toLowerCase(Locale.ROOT));
            if (!w.equals(words[j])) {
                break; // "in Geneva, ...": the name ends at its punctuation
            }
        }
        String place = String.join(" ", name);
        return !place.isEmpty() && lexicon.isNamedPlace(place) ? java.util.Optional.of(place) : java.util.Optional.empty();
    }

    /** Whether the subject is written in the plural ("protests", lemma "protest"): many events, many places. */
    private static boolean plural(Claim c) {
        if (c.subject().isEmpty()) {
            return false;
        }
        String head = c.subject().get(c.subject().size() - 1);
        for (String w : c.text().toLowerCase(Locale.ROOT).split("[\\s,.;:]+")) {
            if (w.startsWith(head) && !w.equals(head) && w.endsWith("s") && !head.endsWith("s")) {
                return true;
            }
        }
        return false;
    }
}
