package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.LexiconFile;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.Modality;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The agency reported that the dam burst" against "the agency did not report that the dam
 * burst": the content is the same and reported by the same party; what clashes is whether the
 * report was made. A report is an event, so the dates decide between conflict and reversal.
 */
final class ReportRule implements Rule.Directed {

    private static final Set<String> FILLER = LexiconFile.load("report-filler").words();

    private final Alignment alignment;

    ReportRule(Alignment alignment) {
        this.alignment = alignment;
    }

    @Override
    public String name() {
        return "report";
    }

    /** {@code n} holds the content of the negated report, {@code p} that of the report. */
    @Override
    public Finding directed(Side n, Claim unreported, Side p, Claim reported) {
        String verb = negatedReportVerb(unreported);
        if (verb == null || reported.modality() != Modality.ASSERTED || reported.attribution() == null) {
            return Finding.declined(0, "reports: no report made against one said not to have been made");
        }
        if (unreported.polarity() != reported.polarity() || !unreported.predicate().equals(reported.predicate())) {
            return Finding.declined(1, "content: the two reports are about different things");
        }
        List<String> said = words(reported.attribution());
        if (said.isEmpty() || !said.get(said.size() - 1).startsWith(stem(verb))) {
            // "reported" against "did not report"; another verb says something else
            return Finding.declined(2, "report verbs differ: \"" + reported.attribution() + "\" against \"not " + verb + "\"");
        }
        Set<String> reporter = new LinkedHashSet<>(said.subList(0, said.size() - 1));
        Set<String> denier = new LinkedHashSet<>(words(unreported.attribution()));
        denier.remove(verb);
        if (reporter.isEmpty() || !reporter.equals(denier)) {
            return Finding.declined(3, "reporters differ: " + reporter + " and " + denier);
        }
        Set<String> a = Alignment.bag(unreported);
        Set<String> b = Alignment.bag(reported);
        if (alignment.coverage(unreported, b, Set.of()) < 1.0 || alignment.coverage(reported, a, Set.of()) < 1.0
                || !alignment.rolesAgree(unreported, reported)) {
            return Finding.declined(4, "content: the reported claims differ");
        }
        List<String> evidence = List.of(unreported.modalCue(), reported.attribution());
        DateSpan madeBy = p.view().statedOn();
        DateSpan notMadeOn = n.view().statedOn();
        double confidence = Confidence.of(0.75);
        return Finding.found(switch (Timeline.check(madeBy, notMadeOn)) {
            case CERTAIN -> verdict(Relation.CONFLICT, confidence, n, unreported, p, reported, evidence,
                    "; both cannot be true.");
            case POSSIBLE -> verdict(Relation.CONFLICT, Confidence.uncertain(confidence), n, unreported, p, reported, evidence,
                    "; they clash only if the report came first, which depends on an uncertain date.");
            case CONSISTENT -> verdict(Relation.REVERSAL, confidence, n, unreported, p, reported, evidence,
                    "; both can be true only if the report was made in between.");
        });
    }

    /** The explanation quotes the reports themselves, oldest first, since they are what clash. */
    private static Verdict verdict(Relation relation, double confidence, Side n, Claim unreported, Side p, Claim reported,
                                   List<String> evidence, String tail) {
        boolean nFirst = Detector.order(n.view(), p.view()) <= 0;
        String first = nFirst ? quote(n, unreported) : quote(p, reported);
        String second = nFirst ? quote(p, reported) : quote(n, unreported);
        return new Verdict(Kind.NEGATION, relation, confidence, first + ", but " + second + tail, evidence);
    }

    private static String quote(Side side, Claim claim) {
        return side.view().label() + " said " + Timeline.when(side.view().statedOn()) + " that \""
                + claim.attribution() + " that " + claim.text() + "\"";
    }

    /** "report" when the claim is hedged because its report was negated ("did not report"), else null. */
    private static String negatedReportVerb(Claim c) {
        String cue = c.modalCue();
        if (c.modality() != Modality.HEDGED || cue == null || c.attribution() == null) {
            return null;
        }
        String[] w = cue.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return w.length == 2 && (w[0].equals("not") || w[0].equals("never")) ? w[1] : null;
    }

    private static String stem(String verb) {
        return verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isBlank() && !FILLER.contains(w)).toList();
    }
}
