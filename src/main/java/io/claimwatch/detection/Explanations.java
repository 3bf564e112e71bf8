package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import java.util.List;

/** Builds the one-sentence explanations, naming both sources and both dates, oldest first. */
final class Explanations {

    private Explanations() {}

    static Verdict conflict(Kind kind, double confidence, Side a, Claim ca, Side b, Claim cb, List<String> evidence) {
        String sentence = pair(a, ca, b, cb, "but") + "; both cannot be true.";
        return new Verdict(kind, Relation.CONFLICT, round(confidence), sentence, evidence);
    }

    /** A conflict that holds for some but not all of the days an uncertain date allows. */
    static Verdict possibleConflict(Kind kind, double confidence, Side a, Claim ca, Side b, Claim cb, List<String> evidence) {
        Side uncertain = a.view().statedOn().uncertaintyDays() >= b.view().statedOn().uncertaintyDays() ? a : b;
        return possibleConflict(kind, confidence, a, ca, b, cb, evidence, uncertain, "spoke on the days that clash");
    }

    /** {@code condition} says when the clash holds, e.g. "spoke on or before 2016-02-17". */
    static Verdict possibleConflict(Kind kind, double confidence, Side a, Claim ca, Side b, Claim cb, List<String> evidence,
                                    Side uncertain, String condition) {
        DateSpan span = uncertain.view().statedOn();
        String sentence = pair(a, ca, b, cb, "but") + "; they clash only if " + uncertain.view().label() + " "
                + condition + ", which depends on the uncertain date " + Timeline.when(span).replaceFirst("^on ", "") + ".";
        return new Verdict(kind, Relation.CONFLICT, round(confidence), sentence, evidence);
    }

    /** {@code earlier} reported one way, and {@code later} said the opposite state went on over those days. */
    static Verdict continued(Kind kind, double confidence, Side earlier, Claim ce, Side later, Claim cl, List<String> evidence) {
        String sentence = earlier.said(ce) + ", but " + later.said(cl) + ", which says it was so on the days before too;"
                + " both cannot be true.";
        return new Verdict(kind, Relation.CONFLICT, round(confidence), sentence, evidence);
    }

    static Verdict reversal(Kind kind, double confidence, Side a, Claim ca, Side b, Claim cb, List<String> evidence) {
        String sentence = pair(a, ca, b, cb, "and later") + "; both can be true only if things changed in between.";
        return new Verdict(kind, Relation.REVERSAL, round(confidence), sentence, evidence);
    }

    static Verdict numeric(Relation relation, double confidence, Side a, Claim ca, Side b, Claim cb, List<String> evidence) {
        String tail = relation == Relation.CONFLICT ? "; the numbers cannot both be right."
                : "; both can be right only if the number changed in between.";
        return new Verdict(Kind.NUMERIC, relation, round(confidence), pair(a, ca, b, cb, "but") + tail, evidence);
    }

    private static String pair(Side a, Claim ca, Side b, Claim cb, String joiner) {
        boolean aFirst = Detector.order(a.view(), b.view()) <= 0;
        Side first = aFirst ? a : b;
        Side second = aFirst ? b : a;
        Claim c1 = aFirst ? ca : cb;
        Claim c2 = aFirst ? cb : ca;
        String word = joiner.equals("and later") && first.view().statedOn().overlaps(second.view().statedOn()) ? "and" : joiner;
        return first.said(c1) + ", " + word + " " + second.said(c2);
    }

    private static double round(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
    }
}
