package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two statements that say nearly the same thing except for a pair of opposite words, wherever
 * the words sit ("Republicans dissatisfied with his leadership" / "Republicans supportive of his
 * leadership"). Both statements must cover each other almost entirely, so a long text and a
 * short one never match by accident.
 */
final class ContrastRule implements Rule {

    static final double MIN_MUTUAL = 0.8;

    private final Alignment alignment;
    private final Lexicon lexicon;

    ContrastRule(Alignment alignment, Lexicon lexicon) {
        this.alignment = alignment;
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "contrast";
    }

    @Override
    public Finding apply(Side x, Side y) {
        Set<String> bx = assertedBag(x);
        Set<String> by = assertedBag(y);
        if (bx.isEmpty() || by.isEmpty()) {
            return Finding.declined(0, "assertions: a statement asserts nothing flatly");
        }
        Finding best = Finding.declined(1, "antonyms: no pair of opposite words the other statement leaves out");
        for (String u : bx) {
            if (alignment.covers(by, u)) {
                continue;
            }
            for (String v : by) {
                if (alignment.covers(bx, v) || !lexicon.antonyms(u, v)) {
                    continue;
                }
                double cxy = share(bx, by, u);
                double cyx = share(by, bx, v);
                if (cxy < MIN_MUTUAL || cyx < MIN_MUTUAL) {
                    best = Finding.better(best, Finding.declined(2, "coverage: \"" + u + "\" / \"" + v
                            + "\" are opposite but the statements say different things besides"));
                    continue;
                }
                Claim cx = holding(x, u);
                Claim cy = holding(y, v);
                if (AntonymRule.partial(cx) || AntonymRule.partial(cy) || PlaceScope.figuresOfTwoPlaces(cx, u, cy, v)) {
                    continue;
                }
                String owned = alignment.ownedEitherWay(cx, cy);
                if (owned != null) {
                    best = Finding.better(best, Finding.declined(2, "coverage: one side names " + owned + ", not what owns it"));
                    continue;
                }
                double confidence = Confidence.of(Math.min(cxy, cyx), Confidence.WHOLE_STATEMENT);
                List<String> words = List.of(u, v);
                // a past state ("operated for thirty years") ends; it clashes only with what is said of its time
                boolean pastState = (cx.eventuality() == Eventuality.STATE || cy.eventuality() == Eventuality.STATE)
                        && AntonymRule.isPast(cx) && AntonymRule.isPast(cy) && !x.about(cx).overlaps(y.about(cy));
                if (x.view().statedOn().overlaps(y.view().statedOn()) && !AntonymRule.ownTimesDiffer(cx, cy) && !pastState
                        && !AntonymRule.separateEvents(cx, cy)) {
                    return Finding.found(Explanations.conflict(Kind.ANTONYM, confidence, x, cx, y, cy, words));
                }
                if (!AntonymRule.separateEvents(cx, cy)) {
                    return Finding.found(Explanations.reversal(Kind.ANTONYM, confidence, x, cx, y, cy, words));
                }
                best = Finding.better(best, Finding.declined(3, "dates: \"" + u + "\" / \"" + v
                        + "\" are events each on a time of its own: both can happen"));
            }
        }
        return best;
    }

    private double share(Set<String> from, Set<String> in, String ignore) {
        int total = 0;
        int covered = 0;
        for (String term : from) {
            if (term.equals(ignore) || !Alignment.salient(term) && !Alignment.pointsAway(term)) {
                continue;
            }
            total++;
            if (alignment.covers(in, term)) {
                covered++;
            }
        }
        return total == 0 ? 0 : (double) covered / total;
    }

    /** Words of the claims a statement flatly asserts; hedged or denied claims do not count. */
    private static Set<String> assertedBag(Side side) {
        Set<String> bag = new LinkedHashSet<>();
        for (Claim c : side.view().claims()) {
            if (c.polarity() == Polarity.POSITIVE && c.modality() != Modality.HEDGED) {
                bag.addAll(Alignment.bag(c));
            }
        }
        return bag;
    }

    private static Claim holding(Side side, String term) {
        for (Claim c : side.view().claims()) {
            if (term.equals(c.predicate()) || c.terms().contains(term)) {
                return c;
            }
        }
        return side.view().claims().get(0);
    }
}
