package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns a dated statement into claims. The OpenNLP models and WordNet are loaded once per JVM
 * on first use and shared; the analyzer is safe to call from many threads at once.
 */
public final class TextAnalyzer {

    private static volatile TextAnalyzer shared;

    /** Relative clauses read apart from one sentence at most; more are left in the main clause. */
    private static final int MAX_RELATIVES = 2;
    /** Where the sentence model cut too early: after "a.m.", and a piece without a stop. */
    private static final Pattern ENDS_WITH_CLOCK = Pattern.compile("(?s).*\\b[ap]\\.m\\.$");
    private static final Pattern GOES_ON_WITH_TIME = Pattern.compile("(?s)^(on|in|at|yesterday|today)\\b.*");
    private static final Pattern ENDS_WITH_STOP = Pattern.compile("(?s).*[.!?:;\"'\u201D\u2019)]\\s*$");
    /**
     * Readings of a claim's wording, in order: each turns a construction into the plain verb it
     * means ("made two arrests": arrested; "held rates steady": did not change them; "is out of
     * control": is not under control; "remains in power": is in power; "was unhurt": was not hurt; "found
     * him guilty": convicted him), or
     * leaves the claim as it is.
     */
    private static final List<UnaryOperator<Claim>> READINGS = List.of(SupportVerbs::rewrite, KeptUnchanged::rewrite,
            ObjectComplements::rewrite, Victories::rewrite, ResultingStates::rewrite,
            TollCounts::rewrite,
            RemainsIn::rewrite, OutOf::rewrite, c -> NegatedParticiples.rewrite(c, Lexicon.shared()),
            c -> Occurrences.rewrite(c, Lexicon.shared()));

    private static final Set<String> CONDITIONAL = LexiconFile.load("conditional-words").words();

    private final Pipeline pipeline;

    private TextAnalyzer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static TextAnalyzer shared() {
        TextAnalyzer analyzer = shared;
        if (analyzer == null) {
            synchronized (TextAnalyzer.class) {
                analyzer = shared;
                if (analyzer == null) {
                    analyzer = new TextAnalyzer(new Pipeline());
                    Lexicon.shared();
                    shared = analyzer;
                }
            }
        }
        return analyzer;
    }

    /** The claims of {@code text}, read as said on {@code statedOn} (which resolves "yesterday", "on Tuesday"). */
    public List<Claim> analyze(String text, DateSpan statedOn) {
        return analyze(text, statedOn, Integer.MAX_VALUE);
    }

    /**
     * As {@link #analyze(String, DateSpan)}, stopping with {@link TooManyClaims} past {@code maxClaims}
     * and with {@link CancellationException} when the thread is interrupted (its caller gave up), so
     * a pathological text costs a bounded amount of work.
     */
    public List<Claim> analyze(String text, DateSpan statedOn, int maxClaims) {
        Objects.requireNonNull(statedOn, "statedOn");
        List<Claim> claims = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return claims;
        }
        for (String said : sentences(Abbreviations.expand(Editorial.resolve(text)))) {
            String line = Headlines.speakerFirst(said);
            boolean headline = Headlines.is(line);
            String sentence = headline ? Headlines.normalise(line) : line;
            int first = claims.size();
            List<Token> tokens = tag(sentence);
            Optional<String> titled = TitledNames.description(tokens);
            if (titled.isPresent()) {
                readInto(claims, tag(titled.get()), titled.get(), statedOn, maxClaims);
            }
            Optional<BasedIn.Split> based = BasedIn.find(tokens);
            if (based.isPresent()) {
                readInto(claims, tag(based.get().description()), based.get().description(), statedOn, maxClaims);
                sentence = based.get().main();
                tokens = tag(sentence);
            }
            Optional<Appositions.Split> apposition = Appositions.find(tokens);
            if (apposition.isPresent()) {
                readInto(claims, tag(apposition.get().description()), apposition.get().description(), statedOn, maxClaims);
                sentence = apposition.get().main();
                tokens = tag(sentence);
            }
            for (int n = 0; n < MAX_RELATIVES; n++) {
                Optional<RelativeClauses.Split> relative = RelativeClauses.find(tokens);
                if (relative.isEmpty()) {
                    break;
                }
                readInto(claims, tag(relative.get().relative()), relative.get().relative(), statedOn, maxClaims);
                sentence = relative.get().main();
                tokens = tag(sentence);
            }
            readContrasted(claims, tokens, sentence, statedOn, maxClaims);
            if (headline) {
                reportedAsDone(claims.subList(first, claims.size()));
            }
        }
        return claims;
    }

    /**
     * Adds the claims of one sentence, read once with the asserted phrase of a contrastive negation
     * and once with the denied one ("arrested the driver but not the passenger"); of the denied
     * reading only the claims the asserted one does not share are kept, as denials.
     */
    private void readContrasted(List<Claim> claims, List<Token> tokens, String sentence, DateSpan statedOn, int maxClaims) {
        Optional<ContrastiveNegation.Split> contrast = ContrastiveNegation.find(tokens);
        List<Claim> denied = new ArrayList<>();
        List<Claim> asserted = new ArrayList<>();
        int budget = maxClaims - claims.size(); // the cap is on all the text's claims
        try {
            if (contrast.isPresent()) {
                readInto(denied, tag(contrast.get().denied()), contrast.get().denied(), statedOn, budget);
                readInto(asserted, tag(contrast.get().asserted()), contrast.get().asserted(), statedOn, budget);
            } else {
                readInto(asserted, tokens, sentence, statedOn, budget);
            }
        } catch (TooManyClaims e) {
            throw new TooManyClaims(maxClaims);
        }
        denied.stream().filter(d -> asserted.stream().noneMatch(a -> ContrastiveNegation.sameClaim(a, d)))
                .map(ContrastiveNegation::denial).forEach(claims::add);
        claims.addAll(asserted);
        if (claims.size() > maxClaims) {
            throw new TooManyClaims(maxClaims);
        }
    }

    private List<Token> tag(String sentence) {
        return Retagger.repair(pipeline.tag(sentence), Lexicon.shared());
    }

    /**
     * A headline's present tense tells of a done event: "Fire Destroys Theatre" says it was destroyed. A
     * lone past participle is passive, unless an object follows it ("Fans Attacked Referee" is in the past).
     */
    private static void reportedAsDone(List<Claim> headline) {
        headline.replaceAll(c -> c.aspect() == Aspect.PRESENT && c.modality() == Modality.ASSERTED
                && c.eventuality() != Eventuality.STATE && !Lexicon.isRelation(c.predicate()) ? c.withAspect(Aspect.PAST) : c);
        headline.replaceAll(c -> !c.passive() && bareParticiple(c.predicateText(), c.predicate())
                && !Headlines.objectFollows(c.text(), c.predicateText()) ? c.asPassive() : c);
    }

    /**
     * "Two Killed In Pile-Up", "Minister Sacked": a headline's lone past participle drops its "were"; a
     * headline tells of the past in the present, so the form is no active past tense.
     */
    private static boolean bareParticiple(String verb, String predicate) {
        if (verb == null || verb.contains(" ")) {
            return false;
        }
        String w = verb.toLowerCase(java.util.Locale.ROOT);
        String base = Lexicon.shared().verbBaseOf(w, w);
        // "found" is a base form too ("to found a firm"), but read as "find" it is the participle
        boolean inflected = base != null && !base.equals(w) || !Lexicon.key(w).equals(predicate) && Lexicon.shared().isVerb(predicate);
        return inflected && !w.endsWith("s") && !w.endsWith("ing");
    }

    /**
     * Adds the claims of one tagged sentence, clause by clause, stopping with {@link TooManyClaims}
     * past {@code maxClaims} and with {@link CancellationException} when the thread is interrupted.
     */
    private static void readInto(List<Claim> claims, List<Token> tokens, String sentence, DateSpan statedOn,
                                 int maxClaims) {
        Segment segment = Attribution.split(tokens);
        if (sentence.trim().endsWith("?")) {
            segment = segment.asQuestion(); // a question asserts nothing
        }
        Segment scope = segment;
        List<Clauses.Clause> clauses = Clauses.split(segment.tokens());
        boolean conditional = tokens.stream().anyMatch(t -> CONDITIONAL.contains(t.lower()));
        Claim previous = null; // the last claim of the clauses before this one
        for (Clauses.Clause clause : clauses) {
            if (Thread.interrupted()) {
                throw new CancellationException("analysis cancelled");
            }
            Claim last = null;
            for (Claim claim : ClaimReader.read(clause, scope, statedOn)) {
                for (UnaryOperator<Claim> reading : READINGS) {
                    claim = reading.apply(claim);
                }
                claim = conditional ? claim : ReportedFuture.rewrite(claim); // "would close if demand fell" stays a hedge
                claim = ScheduledPresent.rewrite(claim, statedOn);
                claims.add(claim);
                Without.implied(claim, Lexicon.shared()).ifPresent(claims::add);
                Prevented.implied(claim, previous).ifPresent(claims::add);
                last = claim;
            }
            previous = last != null ? last : previous;
            if (claims.size() > maxClaims) {
                throw new TooManyClaims(maxClaims);
            }
            // "X denied that A; B": the denial covers A only, B is said plainly
            scope = scope.negated() ? scope.withoutNegation() : scope;
        }
    }

    /** The sentence model cuts after "a.m." and inside "magnitude-6.1": glue such pieces back when the next one goes on in lower case. */
    private List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : pipeline.sentences(text)) {
            int last = out.size() - 1;
            boolean clock = last >= 0 && ENDS_WITH_CLOCK.matcher(out.get(last)).matches() && !s.isEmpty()
                    && (Character.isLowerCase(s.charAt(0)) || GOES_ON_WITH_TIME.matcher(s).matches());
            // "A magnitude-6.1 | earthquake struck": no sentence ends without a stop, and none starts in lower case
            boolean unfinished = last >= 0 && !s.isEmpty() && Character.isLowerCase(s.charAt(0))
                    && !ENDS_WITH_STOP.matcher(out.get(last)).matches();
            if (clock || unfinished) {
                out.set(last, out.get(last) + " " + s);
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
