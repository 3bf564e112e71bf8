package io.claimwatch.detection;

import io.claimwatch.analysis.Aspect;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.Eventuality;
import io.claimwatch.analysis.Lexicon;
import io.claimwatch.analysis.Modality;
import io.claimwatch.analysis.Polarity;
import io.claimwatch.analysis.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A denial against an assertion that entails what is denied. Events that happen once are
 * reasoned about as bounds on their date; states clash only about the same time and otherwise
 * count as a reversal.
 */
final class NegationRule implements Rule.Directed {

    /**
     * Share of the denied claim's words the assertion must entail. Lower values (2/3) find more
     * real contradictions in news text but pair denials with assertions about something else.
     */
    static final double MIN_COVERAGE = 0.75;

    private final Alignment alignment;

    NegationRule(Alignment alignment) {
        this.alignment = alignment;
    }

    @Override
    public String name() {
        return "negation";
    }

    /** {@code n} holds the negative claim, {@code p} the positive one. */
    @Override
    public Finding directed(Side n, Claim denied, Side p, Claim asserted) {
        if (denied.polarity() != Polarity.NEGATIVE || asserted.polarity() != Polarity.POSITIVE) {
            return Finding.declined(1, "polarity: no claim denies what the other asserts");
        }
        // "may close the plant" against "will not close it": a possibility the plan rules out, less sure
        boolean possible = denied.modality() == Modality.PLANNED && possibility(asserted);
        // "we are not closing the plant" against "will close the plant": what is denied under way answers the plan, less sure
        boolean unarranged = arranged(denied) && asserted.modality() == Modality.PLANNED;
        boolean planned = denied.modality() == Modality.PLANNED && asserted.modality() == Modality.PLANNED || possible || unarranged;
        boolean flat = denied.modality() == Modality.ASSERTED && asserted.modality() == Modality.ASSERTED;
        // "has refused to pay" against "has agreed to pay": the refusal answers the plan, less surely (it may have changed)
        boolean refusal = denied.modality() == Modality.ASSERTED && asserted.modality() == Modality.PLANNED && refusal(denied);
        boolean hedged = denied.modality() == Modality.ASSERTED && leaningHedge(asserted) || possible || refusal || unarranged;
        // "has resigned" against "has no intention of resigning": what is done cannot be what is not meant to be
        boolean doneAgainstPlan = denied.modality() == Modality.PLANNED && asserted.modality() == Modality.ASSERTED
                && (asserted.aspect() == Aspect.PAST || asserted.aspect() == Aspect.PERFECT)
                && denied.timeSpan().isEmpty();
        if (doneAgainstPlan) {
            return doneAgainstPlan(n, denied, p, asserted);
        }
        if (!planned && !flat && !hedged) {
            return Finding.declined(2, "modality: " + denied.modality().json() + " denial against "
                    + asserted.modality().json() + " claim");
        }
        // "everyone has a plan" is denied for anybody: "Marta does not have a plan"
        boolean everyone = "all".equals(asserted.quantifier()) && !denied.subject().isEmpty()
                && asserted.subject().stream().noneMatch(Alignment::salient);
        if (!alignment.predicateEntails(asserted, denied)) {
            return Finding.declined(3, "predicates: \"" + asserted.predicate() + "\" does not entail \"" + denied.predicate() + "\"");
        }
        if (!quantifiersClash(denied, asserted)) {
            return Finding.declined(4, "quantifiers: \"some\" and \"not all\" can both be true");
        }
        if (countedSubject(denied, asserted)) {
            // "two passengers were not injured" leaves the others: it does not deny "five passengers were injured"
            return Finding.declined(4, "quantifiers: a count of the subject denied (\"two passengers were not\") leaves the rest");
        }
        if (!alignment.rolesAgree(denied, asserted)) {
            return Finding.declined(5, "roles: the subject of one is the object of the other");
        }
        if (!(everyone ? alignment.argumentsAgree(denied, asserted) : alignment.copulaPartsAgree(denied, asserted))) {
            return Finding.declined(6, "copula: subject and complement do not match part for part");
        }
        Set<String> assertedWords = new java.util.LinkedHashSet<>(Alignment.bag(asserted));
        if ("none".equals(denied.quantifier())) {
            alignment.addPersonWords(assertedWords); // "no people died" is denied by "two climbers died"
        }
        // "the company will not close the refinery" / "the refinery will close": of a plan, the planner need
        // not be said; of a past event it must ("Washington did not begin the talks": someone else may have)
        boolean doerLeftOut = planned && alignment.causedAlternation(denied, asserted)
                // "police did not arrest the driver" / "the driver was arrested": an act only one body performs
                || AntonymRule.SINGLE_AGENT.contains(denied.predicate()) && (alignment.passiveOfSameAct(denied, asserted)
                // "police made no arrests" / "four people were arrested": "no" is of the act, whoever it befell
                || "none".equals(denied.quantifier()) && !denied.passive() && asserted.passive()
                && denied.predicate().equals(asserted.predicate()));
        Set<String> anyone = everyone || doerLeftOut ? Set.copyOf(denied.subject()) : Set.of();
        double coverage = alignment.coverage(denied, assertedWords, anyone);
        // "no customer data was stolen in the attack" / "customer data was stolen": the other side names no
        // circumstance of its own, and is no claim inferred without its doer ("the avalanche killed seven": seven died)
        Set<String> deniedBag = Alignment.bag(denied);
        boolean noneOfIt = "none".equals(denied.quantifier()) && !denied.subject().isEmpty() && !p.doerLeftOut().contains(asserted)
                && alignment.subjectCovered(denied, assertedWords)
                && asserted.arguments().stream().allMatch(a -> !Alignment.salient(a) || alignment.covers(deniedBag, a));
        // a claim inferred without its doer ("storm kills five": five died) is met through the claim it came from
        if ((nobody(denied) && !p.doerLeftOut().contains(asserted) || noneOfIt) && coverage < MIN_COVERAGE) {
            // "no one was arrested in the case" denies every arrest the context allows: one
            // circumstantial word the other side leaves out does not save it
            Set<String> missing = alignment.uncovered(denied, assertedWords);
            // unless the other side names another in its place, after the same preposition ("no one was hurt in
            // the explosion" / "three were injured in the fire": another event; not "arrested on charges of ...")
            Set<String> deniedWords = Alignment.bag(denied);
            boolean otherCircumstance = missing.stream().map(m -> prepositionBefore(denied, m)).filter(java.util.Objects::nonNull)
                    .map(prep -> wordAfter(asserted, prep))
                    .anyMatch(w -> w != null && Alignment.salient(w) && !alignment.covers(deniedWords, Lexicon.key(w)))
                    || anotherCause(denied, missing, asserted, deniedWords) || anotherEvent(denied, missing, asserted, deniedWords);
            // "there were no reports of the singer's death" denies reports, not the death
            boolean unreported = missing.stream().anyMatch(REPORT_NOUNS::contains);
            if (missing.size() <= 1 && denied.terms().size() <= 3 && !otherCircumstance && !unreported) {
                return nobodyVerdict(n, denied, p, asserted);
            }
        }
        if (coverage < MIN_COVERAGE) {
            return Finding.declined(7, "coverage: the other side says " + Math.round(Math.max(0, coverage) * 100)
                    + "% of the denied words " + alignment.uncovered(denied, assertedWords) + ", below " + Math.round(MIN_COVERAGE * 100) + "%");
        }
        for (String missing : alignment.uncovered(denied, assertedWords)) {
            if (assertedWords.stream().anyMatch(w -> w.startsWith(missing + " "))) {
                // "never took part in an attack" / "took part in an attack drill": a drill is no attack
                return Finding.declined(7, "coverage: the other side's \"" + missing + "\" names a different thing ("
                        + assertedWords.stream().filter(w -> w.startsWith(missing + " ")).findFirst().orElse("") + ")");
            }
        }
        String otherRole = otherRole(denied, asserted);
        if (otherRole != null) {
            return Finding.declined(7, "coverage: the other side names a " + otherRole + ", another holder");
        }
        String opposite = oppositeRelation(denied, asserted);
        if (opposite != null) {
            // "no arrests before the match" / "four were arrested after the match": another time
            return Finding.declined(7, "coverage: the two say " + opposite + " the same thing");
        }
        String modifiers = alignment.contrastingModifiers(denied, asserted);
        if (modifiers != null) {
            // "the sale of its shipping unit was completed" / "the sale of the hotel unit was not"
            return Finding.declined(7, "coverage: two things, \"" + modifiers + "\"");
        }
        String owned = alignment.ownedInstead(denied, asserted);
        if (owned != null) {
            // "police did not arrest the driver" / "police arrested the driver's brother": the brother
            return Finding.declined(7, "coverage: the other side names " + owned + ", not what owns it");
        }
        if (!everyone && !doerLeftOut && !alignment.subjectCovered(denied, assertedWords)) {
            return Finding.declined(8, "subject: the other side does not name " + denied.subject());
        }
        String focus = attributiveFocus(denied);
        if (focus != null && !alignment.covers(assertedWords, focus)) {
            // "a not undistinguished university" denies only "undistinguished"
            return Finding.declined(8, "focus: the denial is of \"" + focus + "\" alone, which the other side does not say");
        }
        double confidence = Confidence.of(coverage, Confidence.DIRECT_DENIAL
                + (denied.predicate().equals(asserted.predicate()) ? Confidence.SAME_PREDICATE : 0) + (hedged ? Confidence.HEDGED : 0));
        List<String> evidence = evidence(denied, asserted);
        if (planned) {
            if (denied.timeSpan().isPresent() && asserted.timeSpan().isPresent() && !denied.timeSpan().get().overlaps(asserted.timeSpan().get())) {
                // "will not open until next year" (the rest of this year) / "will open in March" (next year): both can hold
                return Finding.declined(9, "dates: the plans are for different times, " + denied.time() + " and " + asserted.time());
            }
            DateSpan said = n.view().statedOn();
            if ((denied.timeSpan().isEmpty() || asserted.timeSpan().isEmpty()) && said.overlaps(p.view().statedOn())) {
                // "will not close" leaves no time for "will close next month": two plans said at one time clash
                return Finding.found(said.isExact() && said.equals(p.view().statedOn())
                        ? Explanations.conflict(Kind.MODALITY, confidence, n, denied, p, asserted, evidence)
                        : Explanations.possibleConflict(Kind.MODALITY, Confidence.uncertain(confidence), n, denied, p, asserted, evidence));
            }
            if (AntonymRule.planChanged(n, denied, p, asserted)) {
                // "will travel to Brussels next week" (Saturday), "has cancelled her trip" (Wednesday): the plan changed
                return Finding.found(Explanations.reversal(Kind.MODALITY, confidence, n, denied, p, asserted, evidence));
            }
            return Finding.found(sameTime(n, denied, p, asserted, Kind.MODALITY, confidence, evidence));
        }
        if (isEvent(denied) || isEvent(asserted)) {
            return eventTime(n, denied, p, asserted, confidence, evidence);
        }
        return Finding.found(sameTime(n, denied, p, asserted, Kind.NEGATION, confidence, evidence));
    }

    private static final java.util.regex.Pattern ATTRIBUTIVE_NOT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:a|an|the)\\s+not\\s+(\\p{L}+)");

    /** The word a "not" between an article and a noun negates ("a not inconsiderable sum"), or null. */
    private static String attributiveFocus(Claim denied) {
        if (denied.text() == null) {
            return null;
        }
        java.util.regex.Matcher m = ATTRIBUTIVE_NOT.matcher(denied.text());
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static final Set<String> LEANING = io.claimwatch.analysis.LexiconFile.load("leaning-hedges").words();

    /** "may close", "could be sold": a hedge of what is to come by a modal of possibility. */
    private static boolean possibility(Claim c) {
        if (arranged(c)) {
            return true;
        }
        if (c.modality() != Modality.HEDGED || c.modalCue() == null || c.aspect() == Aspect.PERFECT) {
            return false;
        }
        List<String> words = List.of(c.modalCue().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"));
        return words.stream().anyMatch(POSSIBILITY::contains);
    }

    /**
     * "The company is moving its headquarters to Dubai": a present progressive of an act (not a state) is
     * under way or arranged, so a plan not to do it ("has no plans to move") clashes with it, less surely.
     */
    private static boolean arranged(Claim c) {
        return c.modality() == Modality.ASSERTED && c.aspect() == Aspect.PRESENT && c.eventuality() != Eventuality.STATE
                && c.progressive();
    }

    private static final Set<String> POSSIBILITY = io.claimwatch.analysis.LexiconFile.load("hedge-auxiliaries").withField("possibility");

    /** How long before a plan not to do it a dated deed still clashes with it ("resigned last week" / "has no plans to resign"). */
    private static final int RECENT_DEED_DAYS = 14;

    /**
     * A plan not to do what is said done: said on the day of the deed or after it, they clash (the deed
     * on the same day may have come first, so less surely); said before it, the plan was given up.
     */
    private Finding doneAgainstPlan(Side n, Claim denied, Side p, Claim asserted) {
        double coverage = alignment.coverage(denied, Alignment.bag(asserted), Set.of());
        if (!alignment.samePredicate(asserted, denied) || coverage != -1 && coverage < MIN_COVERAGE
                || !alignment.rolesAgree(denied, asserted)) {
            return Finding.declined(3, "plan: the deed said done is not the one said not meant");
        }
        double confidence = Confidence.of(coverage == -1 ? 1 : coverage, Confidence.DIRECT_DENIAL);
        List<String> evidence = evidence(denied, asserted);
        DateSpan planSaid = n.view().statedOn();
        // the deed's own day when it has one ("resigned on Monday"), else the day it was said done by
        DateSpan deedSaid = asserted.timeSpan().orElse(p.view().statedOn());
        if (planSaid.latest().isBefore(deedSaid.earliest())) {
            return Finding.found(Explanations.reversal(Kind.MODALITY, confidence, n, denied, p, asserted, evidence));
        }
        if (asserted.timeSpan().isPresent() && planSaid.earliest().isAfter(deedSaid.latest().plusDays(RECENT_DEED_DAYS))) {
            // "visited Japan in 2019" / "cancelled her visit to Japan" (2025): the plan is about another visit
            return Finding.declined(3, "plan: the deed was done on " + deedSaid + ", well before the plan was said");
        }
        return Finding.found(planSaid.earliest().isAfter(deedSaid.latest())
                ? Explanations.conflict(Kind.MODALITY, confidence, n, denied, p, asserted, evidence)
                : Explanations.possibleConflict(Kind.MODALITY, Confidence.uncertain(confidence), n, denied, p, asserted, evidence));
    }

    private static final Set<String> REFUSALS = io.claimwatch.analysis.LexiconFile.load("implicatives").withField("refusal");

    /** "refused to pay", "declined to comment": the denial is a refusal (lexicon/implicatives.txt). */
    private static boolean refusal(Claim denied) {
        String said = denied.predicateText() == null ? "" : denied.predicateText().toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(said.split(" ")).map(w -> Lexicon.shared().verbBaseOf(w, w))
                .anyMatch(base -> base != null && REFUSALS.contains(base));
    }

    /** "reportedly resigned", "may have resigned": a hedged claim about the past that leans to yes. */
    private static boolean leaningHedge(Claim c) {
        if (c.modality() != Modality.HEDGED || c.modalCue() == null || c.aspect() == Aspect.FUTURE) {
            return false;
        }
        String[] words = c.modalCue().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}?]+");
        boolean modal = java.util.Arrays.asList(words).contains("may") || java.util.Arrays.asList(words).contains("might")
                || java.util.Arrays.asList(words).contains("could");
        if (modal && c.aspect() != Aspect.PERFECT) {
            return false; // "may resign" is about what is to come; "may have resigned" about what happened
        }
        return words.length > 0 && java.util.Arrays.stream(words).allMatch(w -> w.isEmpty() || LEANING.contains(w));
    }

    private static final Set<String> REPORT_NOUNS = io.claimwatch.analysis.LexiconFile.load("unasserting-nouns").withField("report");

    private static final Set<String> CAUSE_PREPOSITIONS = io.claimwatch.analysis.LexiconFile.load("cause-prepositions").words();

    /**
     * "no arrests in connection with the robbery" / "arrested a teenager over the stabbing": the denial ties the
     * act to one event, the other side to another, each after a preposition of cause.
     */
    private boolean anotherCause(Claim denied, Set<String> missing, Claim asserted, Set<String> deniedWords) {
        boolean deniedCause = missing.stream().map(m -> prepositionBefore(denied, m))
                .anyMatch(prep -> prep != null && CAUSE_PREPOSITIONS.contains(prep));
        return deniedCause && CAUSE_PREPOSITIONS.stream().map(prep -> wordAfter(asserted, prep))
                .anyMatch(w -> w != null && Alignment.salient(w) && !alignment.covers(deniedWords, Lexicon.key(w)));
    }

    /**
     * "Storm kills five" (five died, in the storm) / "no one was killed in the earthquake": the denial is placed in an
     * event (not a cause: "arrested over the landslide" / "on charges of negligence" is no other event), and the
     * other side's doer is another event.
     */
    private boolean anotherEvent(Claim denied, Set<String> missing, Claim asserted, Set<String> deniedWords) {
        Lexicon lexicon = Lexicon.shared();
        boolean placedInEvent = missing.stream().anyMatch(m -> lexicon.isEventNoun(m) && prepositionBefore(denied, m) != null
                && !CAUSE_PREPOSITIONS.contains(prepositionBefore(denied, m)));
        return placedInEvent && !asserted.passive() && asserted.terms().stream()
                .anyMatch(w -> Alignment.salient(w) && lexicon.isEventNoun(w) && !alignment.covers(deniedWords, w));
    }

    /** "No one", "nobody", "nothing" as subject: the denial is about everyone. */
    private static boolean nobody(Claim c) {
        return "none".equals(c.quantifier()) && c.subject().isEmpty();
    }

    private Finding nobodyVerdict(Side n, Claim denied, Side p, Claim asserted) {
        if (!denied.predicate().equals(asserted.predicate()) || !(isEvent(denied) && isEvent(asserted))) {
            return Finding.declined(7, "coverage: \"no one\" denies only the same event, and the other side adds words");
        }
        return eventTime(n, denied, p, asserted, Confidence.of(0.25), evidence(denied, asserted));
    }

    private static boolean isEvent(Claim c) {
        return c.eventuality() == Eventuality.ONCE
                || c.eventuality() == Eventuality.OTHER && (c.aspect() == Aspect.PAST || c.aspect() == Aspect.PERFECT);
    }

    /**
     * A claim said of a number of its subject, as the clause's first words ("at least 10 residents did not
     * ...", "two passengers were not ..."; not "the two passengers"), that the other claim does not count alike:
     * it leaves the rest of them.
     */
    static boolean countedSubject(Claim claim, Claim other) {
        if (claim.quantities().isEmpty() || "none".equals(claim.quantifier()) || claim.text() == null) {
            return false; // checked for every pair of claims: most have no count
        }
        String opening = claim.text().toLowerCase(java.util.Locale.ROOT);
        for (Quantity q : claim.quantities()) {
            String[] words = q.text().toLowerCase(java.util.Locale.ROOT).split(" ");
            // "two passengers", or a part of them: "two of the passengers"
            boolean counted = words.length > 1 || opening.startsWith(words[0] + " of ");
            boolean leads = counted && opening.startsWith(words[0]) && !q.isTimeOfDay()
                    && claim.subject().stream().anyMatch(w -> Lexicon.writtenFormOf(w, Lexicon.key(q.counts())));
            if (leads && other.quantities().stream().noneMatch(a -> a.counts().equals(q.counts()) && a.value() == q.value())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = io.claimwatch.analysis.LexiconFile.load("determiners").withField("article");

    /** Each pair both ways ("before after", "after before"): a preposition may have more than one opposite. */
    private static final Set<String> OPPOSITE_PREPOSITIONS = io.claimwatch.analysis.LexiconFile.load("opposite-prepositions").rows()
            .stream().flatMap(r -> java.util.stream.Stream.of(r.get(0) + " " + r.get(1), r.get(1) + " " + r.get(0)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> ROLE_MODIFIERS = io.claimwatch.analysis.LexiconFile.load("role-modifiers").words();

    /** A word of the asserted subject that makes its holder another ("deputy" minister, "another" senator) and the denial lacks, or null. */
    private static String otherRole(Claim denied, Claim asserted) {
        List<String> subject = asserted.subject();
        for (int i = 0; i + 1 < subject.size(); i++) {
            String term = subject.get(i);
            // the modifier must stand right before the role both sides name ("deputy minister"), not before another
            // noun of the subject ("Plame, wife of the former ambassador")
            if ((ROLE_MODIFIERS.contains(term) || Alignment.pointsAway(term)) && !denied.terms().contains(term)
                    && denied.terms().contains(subject.get(i + 1))) {
                return term + " " + subject.get(i + 1);
            }
        }
        return null;
    }

    /** "before" / "after" (opposite prepositions) before one term both claims name, or null. */
    private static String oppositeRelation(Claim denied, Claim asserted) {
        for (String term : denied.arguments()) {
            String a = prepositionBefore(denied, term);
            String b = prepositionBefore(asserted, term);
            if (a != null && b != null && OPPOSITE_PREPOSITIONS.contains(a + " " + b)) {
                return "\"" + a + "\" and \"" + b + "\"";
            }
        }
        return null;
    }

    /** The word before {@code term} in the claim's text, past an article ("in the explosion": "in"), or null. */
    private static String prepositionBefore(Claim c, String term) {
        List<String> words = words(c);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).startsWith(term)) {
                int before = ARTICLES.contains(words.get(i - 1)) ? i - 2 : i - 1;
                return before >= 0 ? words.get(before) : null;
            }
        }
        return null;
    }

    /** The word after {@code preposition} in the claim's text, past an article ("in the fire": "fire"), or null. */
    private static String wordAfter(Claim c, String preposition) {
        List<String> words = words(c);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(preposition)) {
                int after = ARTICLES.contains(words.get(i + 1)) ? i + 2 : i + 1;
                return after < words.size() ? words.get(after) : null;
            }
        }
        return null;
    }

    private static List<String> words(Claim c) {
        return c.text() == null ? List.of() : List.of(c.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }

    /** "Not all" is only contradicted by "all"; "some did" and "some did not" are both true. */
    private static boolean quantifiersClash(Claim denied, Claim asserted) {
        String cue = denied.negationCue() == null ? "" : denied.negationCue();
        if ("all".equals(denied.quantifier()) && cue.contains("not ")) {
            return "all".equals(asserted.quantifier());
        }
        if ("none".equals(denied.quantifier())) {
            return true;
        }
        return !"some".equals(asserted.quantifier()) && !"most".equals(asserted.quantifier())
                || "all".equals(denied.quantifier());
    }

    private Finding eventTime(Side n, Claim denied, Side p, Claim asserted, double confidence, List<String> evidence) {
        Optional<DateSpan> deniedOn = denied.timeSpan();
        Optional<DateSpan> assertedOn = asserted.timeSpan();
        if (deniedOn.isPresent()) {
            // "did not happen on d" only clashes with "happened on d"
            if (assertedOn.isEmpty() || !assertedOn.get().overlaps(deniedOn.get())) {
                return Finding.declined(9, "dates compatible: denied for " + deniedOn.get() + ", asserted "
                        + assertedOn.map(d -> "for " + d).orElse("without a date"));
            }
            return Finding.found(Explanations.conflict(Kind.DATE, confidence, n, denied, p, asserted, evidence));
        }
        DateSpan happenedBy = assertedOn.orElse(p.view().statedOn());
        DateSpan notYetOn = n.view().statedOn();
        boolean differentDays = !(happenedBy.isExact() && happenedBy.equals(notYetOn));
        Kind kind = differentDays || String.valueOf(denied.negationCue()).contains("yet") ? Kind.TEMPORAL : Kind.NEGATION;
        return Finding.found(switch (Timeline.check(happenedBy, notYetOn)) {
            case CERTAIN -> Explanations.conflict(kind, confidence, n, denied, p, asserted, evidence);
            case POSSIBLE -> possible(kind, confidence, n, denied, p, asserted, evidence, happenedBy, notYetOn);
            case CONSISTENT -> Explanations.reversal(kind, confidence, n, denied, p, asserted, evidence);
        });
    }

    /** Names the side whose uncertain date decides, and the days on which it would have to have spoken. */
    private static Verdict possible(Kind kind, double confidence, Side n, Claim denied, Side p, Claim asserted,
                                    List<String> evidence, DateSpan happenedBy, DateSpan notYetOn) {
        boolean assertedUncertain = asserted.timeSpan().isEmpty() && happenedBy.uncertaintyDays() >= notYetOn.uncertaintyDays();
        Side uncertain = assertedUncertain ? p : n;
        String condition = assertedUncertain ? "spoke on or before " + notYetOn.latest()
                : "spoke on or after " + happenedBy.earliest();
        return Explanations.possibleConflict(kind, Confidence.uncertain(confidence), n, denied, p, asserted, evidence, uncertain, condition);
    }

    private Verdict sameTime(Side n, Claim denied, Side p, Claim asserted, Kind kind, double confidence,
                             List<String> evidence) {
        DateSpan a = n.about(denied);
        DateSpan b = p.about(asserted);
        if (AntonymRule.irreversibleBefore(n, denied, p, asserted) || AntonymRule.irreversibleBefore(p, asserted, n, denied)) {
            // "died on Tuesday" (not alive), then "is alive": nothing has changed in between
            return Explanations.conflict(kind, confidence, n, denied, p, asserted, evidence);
        }
        if (!a.overlaps(b) && (heldWhenSaid(n, denied, p, asserted) || heldWhenSaid(p, asserted, n, denied))) {
            // "I left the party last year" / "the senator is a member of the party", said the same day
            return Explanations.conflict(kind, confidence, n, denied, p, asserted, evidence);
        }
        if (!a.overlaps(b)) {
            return Continuity.conflict(kind, confidence, n, denied, p, asserted, evidence)
                    .orElseGet(() -> Explanations.reversal(kind, confidence, n, denied, p, asserted, evidence));
        }
        if (a.equals(b) && a.isExact()) {
            return Explanations.conflict(kind, confidence, n, denied, p, asserted, evidence);
        }
        return Explanations.possibleConflict(kind, Confidence.uncertain(confidence), n, denied, p, asserted, evidence);
    }

    /**
     * {@code state} holds since a dated past event ("left the party last year": not a member) and {@code now} says
     * the opposite in the present tense, said after the event and no later than the state was: the state still held
     * when it was said, so the two are about the same days.
     */
    private static boolean heldWhenSaid(Side x, Claim state, Side y, Claim now) {
        return state.eventuality() == Eventuality.STATE && state.timeSpan().isPresent() && AntonymRule.isPast(state)
                && state.modality() == Modality.ASSERTED && now.aspect() == Aspect.PRESENT && now.timeSpan().isEmpty()
                && state.timeSpan().get().latest().isBefore(y.view().statedOn().earliest())
                && !y.view().statedOn().latest().isAfter(x.view().statedOn().latest());
    }

    private static List<String> evidence(Claim denied, Claim asserted) {
        List<String> words = new ArrayList<>();
        if (denied.negationCue() != null) {
            words.add(denied.negationCue());
        }
        words.add(denied.predicateText() == null ? denied.predicate() : denied.predicateText());
        words.add(asserted.predicateText() == null ? asserted.predicate() : asserted.predicateText());
        return words;
    }
}
