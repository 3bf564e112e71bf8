package io.claimwatch.detection;

import io.claimwatch.analysis.Aspect;
import io.claimwatch.analysis.Circumstances;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.LexiconFile;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import io.claimwatch.analysis.Quantity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two assertions about the same thing that use opposite words: opposite predicates ("opened" /
 * "closed") or one opposite word in otherwise matching claims ("the largest rocket" / "the
 * smallest rocket").
 */
final class AntonymRule implements Rule.ClaimPair {

    /** Acts one body alone performs on its object: a passive without its agent is the active's act. */
    static final Set<String> SINGLE_AGENT = LexiconFile.load("single-agent-predicates").words();
    /** Acts that undo a planned event: asserted, they oppose the event's plan. */
    private static final Set<String> CANCELLING = LexiconFile.load("cancelling-verbs").heads();
    /** Events nothing undoes ("died"): a later report of the opposite state clashes with them. */
    private static final Set<String> IRREVERSIBLE = LexiconFile.load("irreversible-events").words();
    private static final Set<String> NEGATORS = LexiconFile.load("negators").words();

    private final Alignment alignment;
    private final Lexicon lexicon;

    AntonymRule(Alignment alignment, Lexicon lexicon) {
        this.alignment = alignment;
        this.lexicon = lexicon;
    }

    /** Manner adverbs and outcome complements ("on bail", "into law"): they do not soften an opposition. */
    private Set<String> notWeighed(Claim cx, Claim cy) {
        Set<String> words = new HashSet<>();
        for (Claim c : List.of(cx, cy)) {
            Set<String> complements = lexicon.outcomeComplements(c.predicate());
            c.arguments().stream().filter(w -> lexicon.isMannerAdverb(w) || complements.contains(w)).forEach(words::add);
        }
        return words;
    }

    @Override
    public String name() {
        return "antonym";
    }

    @Override
    public Finding apply(Side x, Claim cx, Side y, Claim cy) {
        if (cx.polarity() != Polarity.POSITIVE || cy.polarity() != Polarity.POSITIVE) {
            return Finding.declined(1, "polarity: opposite words need two positive claims");
        }
        boolean cancelsPlan = cancelsPlan(cx, cy) || cancelsPlan(cy, cx);
        boolean doneAgainstPlan = doneAgainstPlan(cx, cy) || doneAgainstPlan(cy, cx);
        if ((cx.modality() != cy.modality() && !cancelsPlan && !doneAgainstPlan) || cx.modality() == Modality.HEDGED) {
            return Finding.declined(2, "modality: " + cx.modality().json() + " against " + cy.modality().json());
        }
        if ((partial(cx) || partial(cy)) && !universal(cx) && !universal(cy)) {
            return Finding.declined(2, "quantifiers: \"some\" of a thing may be one way and some the other");
        }
        if ((NegationRule.countedSubject(cx, cy) || NegationRule.countedSubject(cy, cx)) && !universal(cx) && !universal(cy)) {
            // "four soldiers died" / "twenty soldiers are alive": each says it of a number of them ("both
            // pilots survived" says it of all, so "one of the pilots was killed" clashes)
            return Finding.declined(2, "quantifiers: a count of the subject (\"two passengers\") leaves the rest");
        }
        if (lexicon.antonyms(cx.predicate(), cy.predicate())) {
            // how a thing is done does not soften the opposition ("operating normally" / "shut down")
            Set<String> ignored = notWeighed(cx, cy);
            if (cx.passive() != cy.passive() && SINGLE_AGENT.contains(cx.predicate()) && SINGLE_AGENT.contains(cy.predicate())
                    && alignment.rolesAgree(cx, cy)) {
                // "the nurses were acquitted" / "a jury convicted the nurses": the passive leaves its agent unsaid
                ignored.addAll((cx.passive() ? cy : cx).subject());
            } else if (cancelsPlan) {
                // "the singer cancelled her tour" / "the tour will go ahead": the canceller is not the event's
                Claim cancel = CANCELLING.contains(cx.predicate()) ? cx : cy;
                Claim event = cancel == cx ? cy : cx;
                if (alignment.covered(event.subject(), cancel.arguments())) {
                    ignored.addAll(cancel.subject());
                }
            } else if ((cx.eventuality() == Eventuality.STATE) != (cy.eventuality() == Eventuality.STATE)) {
                // "the banker is still at large" / "police arrested the banker": the state is its object's
                Claim state = cx.eventuality() == Eventuality.STATE ? cx : cy;
                Claim event = state == cx ? cy : cx;
                if (!event.passive() && alignment.covered(state.subject(), event.arguments()) && !Alignment.namesOwner(event, state.subject())) {
                    ignored.addAll(event.subject());
                } else if (event.passive() && SINGLE_AGENT.contains(event.predicate())
                        && alignment.covered(state.subject(), event.subject())) {
                    // "the general was arrested at his home" / "is still at large": the state it left holds
                    // wherever it happened
                    event.arguments().stream().filter(w -> !state.terms().contains(w)).forEach(ignored::add);
                }
            }
            double cxy = alignment.coverage(cx, Alignment.bag(cy), ignored);
            double cyx = alignment.coverage(cy, Alignment.bag(cx), ignored);
            if (cxy < NegationRule.MIN_COVERAGE || cyx < NegationRule.MIN_COVERAGE) {
                ignored.addAll(oneSidedCircumstance(cx, cy)); // read from the text, so only when the words fall short
                cxy = alignment.coverage(cx, Alignment.bag(cy), ignored);
                cyx = alignment.coverage(cy, Alignment.bag(cx), ignored);
            }
            if (cxy >= NegationRule.MIN_COVERAGE && cyx >= NegationRule.MIN_COVERAGE) {
                String owned = alignment.ownedEitherWay(cx, cy);
                if (owned != null) {
                    // "convicted the former mayor" / "acquitted the former mayor's brother": the brother
                    return Finding.declined(6, "coverage: one side names " + owned + ", not what owns it");
                }
                String modifiers = alignment.contrastingModifiers(cx, cy);
                if (modifiers != null) {
                    return Finding.declined(6, "coverage: two things, \"" + modifiers + "\"");
                }
                if (separateEvents(cx, cy)) {
                    return Finding.declined(6, "dates: two events, each at a time of its own: both can happen");
                }
                List<String> words = List.of(cx.predicate(), cy.predicate());
                double confidence = Confidence.of(Math.min(cxy, cyx));
                if (doneAgainstPlan) {
                    // "would remain open" / "has closed the border": said the same day, one of them is wrong, or
                    // the plan changed within the day (less sure); said on two days, the plan changed
                    return Finding.found(x.view().statedOn().overlaps(y.view().statedOn())
                            ? Explanations.possibleConflict(Kind.ANTONYM, Confidence.uncertain(confidence), x, cx, y, cy, words)
                            : Explanations.reversal(Kind.ANTONYM, confidence, x, cx, y, cy, words));
                }
                if (cancelsPlan) {
                    // a plan said on the day of its cancellation clashes with it; said on another day, one changed
                    return Finding.found(x.view().statedOn().overlaps(y.view().statedOn())
                            ? Explanations.conflict(Kind.ANTONYM, confidence, x, cx, y, cy, words)
                            : Explanations.reversal(Kind.ANTONYM, confidence, x, cx, y, cy, words));
                }
                return Finding.found(verdict(x, cx, y, cy, words, Math.min(cxy, cyx)));
            }
            return Finding.declined(5, "coverage: opposite predicates \"" + cx.predicate() + "\" / \"" + cy.predicate()
                    + "\" but about different things");
        }
        if (!alignment.samePredicate(cx, cy)) {
            return Finding.declined(3, "predicates: \"" + cx.predicate() + "\" and \"" + cy.predicate() + "\" are neither opposite nor the same");
        }
        if (!alignment.rolesAgree(cx, cy)) {
            return Finding.declined(4, "roles: the subject of one is the object of the other");
        }
        Set<String> onlyX = alignment.uncovered(cx, Alignment.bag(cy));
        Set<String> onlyY = alignment.uncovered(cy, Alignment.bag(cx));
        for (String u : onlyX) {
            for (String v : onlyY) {
                if (lexicon.antonyms(u, v) && PlaceScope.figuresOfTwoPlaces(cx, u, cy, v)) {
                    return Finding.declined(5, "places: \"" + u + "\" / \"" + v + "\" say where each figure holds");
                }
                if (lexicon.antonyms(u, v)) {
                    // a one-sided circumstance does not weigh ("the victim was a man in his 40s" / "a woman")
                    Set<String> circumstance = oneSidedCircumstance(cx, cy);
                    double cxy = alignment.coverage(cx, Alignment.bag(cy), plus(circumstance, u));
                    double cyx = alignment.coverage(cy, Alignment.bag(cx), plus(circumstance, v));
                    if (cxy >= NegationRule.MIN_COVERAGE && cyx >= NegationRule.MIN_COVERAGE) {
                        return Finding.found(verdict(x, cx, y, cy, List.of(u, v), Math.min(cxy, cyx)));
                    }
                }
            }
        }
        return Finding.declined(5, "antonyms: no pair of opposite words among " + onlyX + " and " + onlyY);
    }

    private static Verdict verdict(Side x, Claim cx, Side y, Claim cy, List<String> words, double coverage) {
        double confidence = Confidence.of(coverage);
        boolean sameTime = x.about(cx).overlaps(y.about(cy));
        // two past events settle one outcome ("won" / "lost"), unless each names a different time of its own;
        // changes that can happen again ("has strengthened" / "has weakened") said on two days are a development
        boolean settledPast = isPast(cx) && isPast(cy) && cx.eventuality() != Eventuality.STATE && !ownTimesDiffer(cx, cy)
                && (cx.eventuality() == Eventuality.ONCE || cy.eventuality() == Eventuality.ONCE
                || x.view().statedOn().overlaps(y.view().statedOn()));
        // "died on Monday", then "is recovering": what nothing undoes cannot have changed since
        boolean undone = irreversibleBefore(x, cx, y, cy);
        if (undone) {
            return Explanations.conflict(Kind.ANTONYM, confidence, x, cx, y, cy, words);
        }
        if (planChanged(x, cx, y, cy)) {
            // "will stay closed until further notice", weeks later "will reopen on Tuesday": the plan changed
            return Explanations.reversal(Kind.ANTONYM, confidence, x, cx, y, cy, words);
        }
        if (sameTime || settledPast) {
            boolean exact = x.about(cx).isExact() && x.about(cx).equals(y.about(cy));
            return exact || settledPast ? Explanations.conflict(Kind.ANTONYM, confidence, x, cx, y, cy, words)
                    : Explanations.possibleConflict(Kind.ANTONYM, Confidence.uncertain(confidence), x, cx, y, cy, words);
        }
        return Continuity.conflict(Kind.ANTONYM, confidence, x, cx, y, cy, words)
                .orElseGet(() -> Explanations.reversal(Kind.ANTONYM, confidence, x, cx, y, cy, words));
    }

    private static Set<String> plus(Set<String> words, String word) {
        Set<String> out = new HashSet<>(words);
        out.add(word);
        return out;
    }

    /**
     * "The airport remains closed after the storm" / "the airport reopened": a cause or an earlier event
     * named by one side only does not make the other side's fact a different one. When both name one,
     * they are weighed as any other words ("rose after the report" / "fell after the election"), unless
     * one side is a state or one that goes on ("remains closed because of the snow"): then neither is.
     */
    private static Set<String> oneSidedCircumstance(Claim cx, Claim cy) {
        Set<String> x = Circumstances.of(cx);
        Set<String> y = Circumstances.of(cy);
        if (cx.eventuality() == Eventuality.STATE || cy.eventuality() == Eventuality.STATE
                || Continuity.continuing(cx) || Continuity.continuing(cy)) {
            // what a state is owed to does not tell which state it is: "reopened after the snowstorm" / "remains
            // closed because of the snow" are about the one airport
            Set<String> both = new java.util.HashSet<>(x);
            both.addAll(y);
            return both;
        }
        return x.isEmpty() ? y : y.isEmpty() ? x : Set.of();
    }

    /** A plan of one outcome ("the border would remain open") against the opposite done ("has closed the border"). */
    private static boolean doneAgainstPlan(Claim plan, Claim done) {
        // a plan with a time of its own ("will remain closed until June") may be about another stretch of time
        return plan.modality() == Modality.PLANNED && plan.polarity() == Polarity.POSITIVE && plan.timeSpan().isEmpty()
                && done.modality() == Modality.ASSERTED
                && isPast(done) && !CANCELLING.contains(done.predicate()) && !CANCELLING.contains(plan.predicate());
    }

    /** An asserted, done cancellation ("was called off") against the plan of the event it undoes. */
    private static boolean cancelsPlan(Claim cancel, Claim event) {
        return CANCELLING.contains(cancel.predicate()) && cancel.modality() == Modality.ASSERTED && isPast(cancel)
                && event.modality() == Modality.PLANNED && !CANCELLING.contains(event.predicate());
    }

    /** "Some statements were clear" and "some statements were unclear" can both be true. */
    static boolean partial(Claim c) {
        return "some".equals(c.quantifier()) || "most".equals(c.quantifier());
    }

    /** "All schools are closed": what is said of all leaves none the other way, so "some are open" clashes. */
    static boolean universal(Claim c) {
        return "all".equals(c.quantifier());
    }

    /** Each claim names a time of its own and the two do not meet: a development, not one outcome. */
    static boolean ownTimesDiffer(Claim a, Claim b) {
        return a.timeSpan().isPresent() && b.timeSpan().isPresent() && !a.timeSpan().get().overlaps(b.timeSpan().get());
    }

    /** "Prices rose on Monday" / "fell on Tuesday": opposite events at times of their own are not one fact changing. */
    static boolean separateEvents(Claim cx, Claim cy) {
        return cx.eventuality() != Eventuality.STATE && cy.eventuality() != Eventuality.STATE
                && (ownTimesDiffer(cx, cy) || clockTimesDiffer(cx, cy));
    }

    /** "open at 9 a.m." / "close at 6 p.m.": each names a time of day, and the two cannot be one. */
    private static boolean clockTimesDiffer(Claim cx, Claim cy) {
        List<Quantity> x = cx.quantities().stream().filter(Quantity::isTimeOfDay).toList();
        List<Quantity> y = cy.quantities().stream().filter(Quantity::isTimeOfDay).toList();
        return !x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(a -> y.stream().anyMatch(a::overlaps));
    }

    /**
     * {@code cx} says a thing nothing undoes happened ("died on Monday"), or the state it left, before the
     * time {@code cy} is about: a later report of the opposite is no development but a clash.
     */
    static boolean irreversibleBefore(Side x, Claim cx, Side y, Claim cy) {
        String said = cx.predicateText() == null ? "" : cx.predicateText().toLowerCase(java.util.Locale.ROOT);
        String verb = said.substring(said.lastIndexOf(' ') + 1);
        String base = Lexicon.shared().verbBaseOf(verb, verb);
        boolean irreversible = IRREVERSIBLE.contains(cx.predicate()) || base != null && IRREVERSIBLE.contains(base);
        boolean denied = java.util.Arrays.stream(said.split(" ")).anyMatch(NEGATORS::contains); // "did not die"
        return irreversible && !denied && isPast(cx) && cx.modality() == Modality.ASSERTED
                && x.about(cx).latest().isBefore(y.about(cy).earliest());
    }

    /** Two plans said on days that do not overlap: whatever the later one says, the plan changed in between. */
    static boolean planChanged(Side x, Claim cx, Side y, Claim cy) {
        return cx.modality() == Modality.PLANNED && cy.modality() == Modality.PLANNED
                && !x.view().statedOn().overlaps(y.view().statedOn());
    }

    static boolean isPast(Claim c) {
        return c.aspect() == Aspect.PAST || c.aspect() == Aspect.PERFECT;
    }
}
