package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one clause into a {@link Claim}: predicate, terms, polarity, modality, aspect, time, numbers. */
final class ClaimReader {

    private ClaimReader() {}

    private static final Set<String> SKIP_TERMS = Set.of("not", "yet", "also", "already", "still", "even",
            "only", "just", "so", "too", "very", "then", "there", "here", "ever", "again", "least", "most", "more",
            "less", "than", "nearly", "almost", "approximately", "roughly");

    static Optional<Claim> read(Clauses.Clause clause, Segment segment, DateSpan statedOn) {
        List<Token> t = new ArrayList<>();
        for (Token w : clause.tokens()) {
            t.add(new Token(t.size(), w.text(), w.tag(), w.lemma()));
        }
        BitSet excluded = withoutSpans(t);
        Negation.Result negation = Negation.scan(t, excluded);
        Predicate pred = Predicate.find(t, excluded);
        if (pred == null) {
            return Optional.empty();
        }
        BitSet used = (BitSet) excluded.clone();
        Optional<DateSpan> time = TimeExpressions.find(t, statedOn, used);
        List<Quantity> quantities = Quantities.find(t, used, pred.lemma());

        boolean negative = negation.negative() ^ segment.negated() ^ pred.negatedByVerb();
        String negationCue = join(segment.negationCue(), negation.cue(), pred.negatedByVerb() ? pred.cue() : null);

        Modality modality = segment.modality();
        String modalCue = segment.modalCue();
        String ownModal = clause.conditional() ? "if" : pred.hedgeCue();
        if (ownModal != null || modality == Modality.HEDGED) {
            modality = Modality.HEDGED;
            modalCue = join(modalCue, ownModal);
        } else if (pred.plannedCue() != null) {
            modality = modality == Modality.ASSERTED ? Modality.PLANNED : modality;
            modalCue = join(modalCue, pred.plannedCue());
        }

        List<String> subject = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (Token w : t) {
            if (w.index() == pred.head().index() || excluded.get(w.index())
                    || !w.isContent() || SKIP_TERMS.contains(w.lemma()) || Cues.NEGATORS.contains(w.lower())
                    || w.is("NUM") || (used.get(w.index()) && !w.is("NOUN"))) {
                continue;
            }
            String term = Lexicon.key(w.norm());
            if (term.isBlank() || !Character.isLetterOrDigit(term.charAt(0))) {
                continue;
            }
            List<String> into = w.index() < pred.start() ? subject : arguments;
            if (!into.contains(term)) {
                into.add(term);
            }
        }
        String predicate = Lexicon.key(pred.lemma());
        Eventuality eventuality = Cues.ONCE.contains(predicate) || Cues.ONCE.contains(pred.lemma()) ? Eventuality.ONCE
                : Cues.STATES.contains(pred.lemma()) || pred.head().is("ADJ") || pred.head().is("NOUN") ? Eventuality.STATE
                : Eventuality.OTHER;
        return Optional.of(new Claim(Segment.words(t), predicate, pred.text(), subject, arguments,
                negative ? Polarity.NEGATIVE : Polarity.POSITIVE, negative ? negationCue : null,
                modality, modality == Modality.ASSERTED ? null : modalCue, segment.attribution(),
                pred.aspect(), eventuality, time.map(DateSpan::toString).orElse(null), negation.quantifier(),
                quantities));
    }

    /** "without paying", "instead of X": words that the clause does not assert. */
    private static BitSet withoutSpans(List<Token> t) {
        BitSet out = new BitSet();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).lower();
            boolean instead = w.equals("instead") && i + 1 < t.size() && t.get(i + 1).lower().equals("of");
            boolean rather = w.equals("rather") && i + 1 < t.size() && t.get(i + 1).lower().equals("than");
            if (w.equals("without") || instead || rather) {
                int j = i;
                while (j < t.size() && !(j > i && t.get(j).is("PUNCT"))) {
                    out.set(j);
                    j++;
                }
            }
        }
        return out;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() > 0 ? "; " : "").append(p);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
