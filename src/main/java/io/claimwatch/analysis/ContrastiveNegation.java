package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A "not" that denies one phrase beside an asserted one, with no verb of its own: "police arrested
 * the driver but not the passenger", "the talks will be held in Vienna, not Geneva", "they are
 * leaving not on Friday but on Saturday". Read as the sentence with the asserted phrase, and the
 * same sentence with the denied phrase in its place, whose claims are denials. Otherwise the
 * denied phrase would be read as asserted ("arrested the driver and the passenger").
 */
final class ContrastiveNegation {

    private ContrastiveNegation() {}

    /** The sentence with the asserted phrase, and the sentence whose claims are denied. */
    record Split(String asserted, String denied) {}

    private static final String NOT = "not";
    private static final String BUT = "but";
    private static final Set<String> NOT_CONTRASTIVE = LexiconFile.load("contrastive-negation").words();
    private static final Set<String> PHRASE = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "ADV", "PART", "CCONJ");

    static Optional<Split> find(List<Token> t) {
        int end = t.size();
        while (end > 0 && t.get(end - 1).is("PUNCT")) {
            end--;
        }
        for (int n = 1; n + 1 < end; n++) {
            if (!t.get(n).lower().equals(NOT) || NOT_CONTRASTIVE.contains(t.get(n + 1).lower())) {
                continue;
            }
            int sep = separatorBefore(t, n);
            if (sep >= 0) {
                // "X but not Y" / "X, not Y": Y runs to the end; X is the phrase of the same shape before
                Optional<Split> split = deniedLast(t, sep, n + 1, end);
                if (split.isPresent()) {
                    return split;
                }
            } else if (t.get(n - 1).is("VERB") || t.get(n - 1).is("NOUN") || t.get(n - 1).is("PROPN")) {
                Optional<Split> split = deniedFirst(t, n, end);
                if (split.isPresent()) {
                    return split;
                }
            }
        }
        return Optional.empty();
    }

    /** "arrested the driver but not the passenger": asserted without the tail, denied with Y for X. */
    private static Optional<Split> deniedLast(List<Token> t, int sep, int from, int end) {
        if (from >= end || !phrase(t, from, end) || !opensPhrase(t.get(from))) {
            return Optional.empty();
        }
        int x = phraseStart(t, sep, t.get(from).is("ADP"));
        if (x < 0) {
            return Optional.empty();
        }
        List<Token> asserted = new ArrayList<>(t.subList(0, sep));
        asserted.addAll(t.subList(end, t.size()));
        List<Token> denied = new ArrayList<>(t.subList(0, x));
        denied.addAll(t.subList(from, end));
        denied.addAll(t.subList(end, t.size()));
        return Optional.of(new Split(Segment.words(asserted), Segment.words(denied)));
    }

    /** "leaving not on Friday, but on Saturday": asserted with the phrase after "but", denied with the first. */
    private static Optional<Split> deniedFirst(List<Token> t, int not, int end) {
        for (int b = not + 2; b < end; b++) {
            if (!t.get(b).lower().equals(BUT)) {
                continue;
            }
            int yEnd = t.get(b - 1).text().equals(",") ? b - 1 : b;
            if (!phrase(t, not + 1, yEnd) || !phrase(t, b + 1, end) || !opensPhrase(t.get(not + 1)) || !opensPhrase(t.get(b + 1))) {
                return Optional.empty();
            }
            List<Token> asserted = new ArrayList<>(t.subList(0, not));
            asserted.addAll(t.subList(b + 1, t.size()));
            List<Token> denied = new ArrayList<>(t.subList(0, not));
            denied.addAll(t.subList(not + 1, yEnd));
            denied.addAll(t.subList(end, t.size()));
            return Optional.of(new Split(Segment.words(asserted), Segment.words(denied)));
        }
        return Optional.empty();
    }

    /** The index of "but" or "," right before "not" (", but" counts as one), or -1. */
    private static int separatorBefore(List<Token> t, int not) {
        Token before = t.get(not - 1);
        if (before.lower().equals(BUT)) {
            return not >= 2 && t.get(not - 2).text().equals(",") ? not - 2 : not - 1;
        }
        return before.text().equals(",") ? not - 1 : -1;
    }

    /** A noun phrase or a prepositional one starts here ("not far from", "not surprisingly" do not). */
    private static boolean opensPhrase(Token w) {
        return w.is("DET") || w.is("NOUN") || w.is("PROPN") || w.is("NUM") || w.is("ADP") || w.is("PRON")
                || w.is("ADJ") && Character.isUpperCase(w.text().charAt(0));
    }

    /** A phrase with no verb of its own, and at least one noun, name or number. */
    private static boolean phrase(List<Token> t, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean head = false;
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (!PHRASE.contains(w.tag()) || w.lower().equals(NOT)) {
                return false;
            }
            // a capitalised "adjective" is a name the tagger misread ("in Oslo, not Bern")
            head |= w.is("NOUN") || w.is("PROPN") || w.is("NUM") || w.is("PRON") || w.is("ADJ") && Character.isUpperCase(w.text().charAt(0));
        }
        return head;
    }

    /**
     * Where the asserted phrase before {@code sep} starts: its preposition when the denied phrase has
     * one, else the first word of the noun phrase that ends there; -1 when there is none after the verb.
     */
    private static int phraseStart(List<Token> t, int sep, boolean preposition) {
        if (sep < 2) {
            return -1; // "But not in Britain.": nothing asserted before
        }
        int i = sep - 1;
        while (i > 0 && PHRASE.contains(t.get(i).tag()) && !t.get(i).is("ADP") && !t.get(i).is("CCONJ")) {
            i--;
        }
        if (preposition) {
            return t.get(i).is("ADP") && hasVerbBefore(t, i) ? i : -1;
        }
        int start = i + 1;
        return start < sep && hasVerbBefore(t, start) ? start : -1;
    }

    /** The same predicate, subject, terms and time: a claim both readings share. */
    static boolean sameClaim(Claim a, Claim b) {
        return a.predicate().equals(b.predicate()) && a.subject().equals(b.subject()) && a.arguments().equals(b.arguments())
                && java.util.Objects.equals(a.time(), b.time());
    }

    /** A claim of the denied reading: a positive claim becomes its denial. */
    static Claim denial(Claim c) {
        if (c.polarity() != Polarity.POSITIVE) {
            return c;
        }
        return new Claim(c.text(), c.predicate(), c.predicateText(), c.subject(), c.arguments(), Polarity.NEGATIVE, NOT,
                c.modality(), c.modalCue(), c.attribution(), c.passive(), c.aspect(), c.eventuality(), c.time(),
                c.quantifier(), c.quantities());
    }

    private static boolean hasVerbBefore(List<Token> t, int i) {
        for (int k = 0; k < i; k++) {
            if (t.get(k).is("VERB") || t.get(k).is("AUX")) {
                return true;
            }
        }
        return false;
    }
}
