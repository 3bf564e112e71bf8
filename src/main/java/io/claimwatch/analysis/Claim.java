package io.claimwatch.analysis;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one clause of a statement asserts.
 *
 * @param text          the clause as written
 * @param predicate     normalised predicate key (synonyms folded: begin/start/embark on give "begin")
 * @param predicateText the words of the verb group as written ("have not yet begun")
 * @param subject       normalised terms of the subject
 * @param arguments     normalised terms of the rest of the clause (objects, modifiers, other verbs)
 * @param polarity      positive, or negative when an odd number of negation cues scope over the clause
 * @param negationCue   the cue words ("not yet", "no one", "denied"), null when positive
 * @param modality      asserted, hedged or planned
 * @param modalCue      the word that made it hedged or planned, null when asserted
 * @param attribution   who the text reports as saying it ("Bill Urban told Yonhap"), null when unattributed
 * @param passive       whether the predicate is passive, so the subject is what was acted on
 * @param aspect        perfect, past, present or future
 * @param eventuality   once (constrains an event's date), state (can change) or other
 * @param time          the date the clause is about, in {@link DateSpan} syntax, null when not stated
 * @param quantifier    universal/existential quantifier on the subject ("all", "some"), null when none
 * @param quantities    numbers stated with what they count
 */
public record Claim(
        String text,
        String predicate,
        String predicateText,
        List<String> subject,
        List<String> arguments,
        Polarity polarity,
        String negationCue,
        Modality modality,
        String modalCue,
        String attribution,
        boolean passive,
        Aspect aspect,
        Eventuality eventuality,
        String time,
        String quantifier,
        List<Quantity> quantities) {

    public Claim {
        // claims may also come from clients: fold them to the same keys the analyzer produces
        predicate = predicate == null ? "" : Lexicon.key(predicate.trim().toLowerCase(java.util.Locale.ROOT));
        subject = normalise(subject);
        arguments = normalise(arguments);
        if (time != null && !time.isBlank()) {
            DateSpan.parse(time); // fails fast on a date that is not ISO day, month, year or interval
        }
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        polarity = polarity == null ? Polarity.POSITIVE : polarity;
        modality = modality == null ? Modality.ASSERTED : modality;
        aspect = aspect == null ? Aspect.PRESENT : aspect;
        eventuality = eventuality == null ? Eventuality.OTHER : eventuality;
    }

    private static List<String> normalise(List<String> terms) {
        if (terms == null) {
            return List.of();
        }
        return terms.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> Lexicon.key(t.trim().toLowerCase(java.util.Locale.ROOT))).distinct().toList();
    }

    /** The same claim about another subject ("we" resolved to the company that said it). */
    public Claim withSubject(List<String> newSubject) {
        return new Claim(text, predicate, predicateText, newSubject, arguments, polarity, negationCue, modality, modalCue,
                attribution, passive, aspect, eventuality, time, quantifier, quantities);
    }

    /** Whether its verb is a progressive ("is closing", "are not stepping"): more than one word, the last an -ing form. */
    public boolean progressive() {
        return predicateText != null && predicateText.contains(" ") && predicateText.toLowerCase(java.util.Locale.ROOT).endsWith("ing");
    }

    /** The same claim with another aspect (a headline's present tense reports a done event). */
    public Claim withAspect(Aspect newAspect) {
        return new Claim(text, predicate, predicateText, subject, arguments, polarity, negationCue, modality, modalCue,
                attribution, passive, newAspect, eventuality, time, quantifier, quantities);
    }

    /** The same claim in the passive (a headline's "Two Killed" says two were killed). */
    public Claim asPassive() {
        return new Claim(text, predicate, predicateText, subject, arguments, polarity, negationCue, modality, modalCue,
                attribution, true, aspect, eventuality, time, quantifier, quantities);
    }

    /** The date the clause is about, when it names one. */
    public Optional<DateSpan> timeSpan() {
        return time == null || time.isBlank() ? Optional.empty() : Optional.of(DateSpan.parse(time));
    }

    /** Subject and argument terms together. */
    public Set<String> terms() {
        Set<String> all = new LinkedHashSet<>(subject);
        all.addAll(arguments);
        return all;
    }

    /** The index keys of all {@code claims} together: what a statement is filed under. */
    public static Set<String> keysOf(Collection<Claim> claims) {
        Set<String> keys = new LinkedHashSet<>();
        claims.forEach(claim -> keys.addAll(claim.keys()));
        return keys;
    }

    /**
     * Index keys: the predicate key and the salient argument terms. Two statements are compared
     * only when they share one, so light verbs, stop words and bare numbers are left out.
     */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        if (!predicate.isEmpty() && !Lexicon.isLight(predicate)) {
            keys.add(predicate);
        }
        for (String term : terms()) {
            if (Lexicon.isSalient(term)) {
                keys.add(term);
            }
        }
        return keys;
    }
}
