package io.claimwatch.compare;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.contradiction.ContradictionRepository;
import io.claimwatch.detection.Comparison;
import io.claimwatch.detection.Detector;
import io.claimwatch.detection.StatementView;
import io.claimwatch.detection.Verdict;
import io.claimwatch.source.Source;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.statement.ClaimExtractor;
import io.claimwatch.statement.Statement;
import io.claimwatch.web.ApiProblem;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * "Why (not)?": runs the detector on two statements, stored or inline, and returns its verdict
 * with what every rule made of the pair. Stores nothing; stored statements are compared with the
 * claims they were filed with.
 */
public final class CompareService {

    private final Detector detector;
    private final ClaimExtractor extractor;
    private final LongFunction<Statement> statements;
    private final Function<String, Source> sources;
    private final Function<String, Speaker> speakers;

    /** The lookups take an id and throw a 404 problem when it is unknown. */
    public CompareService(Detector detector, ClaimExtractor extractor, LongFunction<Statement> statements,
                          Function<String, Source> sources, Function<String, Speaker> speakers) {
        this.detector = detector;
        this.extractor = extractor;
        this.statements = statements;
        this.sources = sources;
        this.speakers = speakers;
    }

    /** One side as the detector saw it. */
    public record Compared(Long statementId, String label, String statedOn, String text, List<Claim> claims) {}

    /** The verdict (null when no rule found a clash) and every rule's own result. */
    public record Result(Compared a, Compared b, Verdict verdict, List<Comparison.RuleOutcome> rules) {}

    public Result compare(CompareInput input) {
        input.validate();
        Compared a = resolve("a", input.a());
        Compared b = resolve("b", input.b());
        Comparison comparison = detector.explain(view(a), view(b));
        return new Result(a, b, comparison.verdict().orElse(null), comparison.rules());
    }

    private static StatementView view(Compared side) {
        return new StatementView(side.label(), DateSpan.parse(side.statedOn()), side.claims());
    }

    private Compared resolve(String field, CompareInput.Side side) {
        if (side.statementId() != null) {
            Statement s = ApiProblem.referenced(field + ".statementId", () -> statements.apply(side.statementId()));
            return new Compared(s.id(), label(field, s.sourceId(), s.speakerId()), s.statedOn(), s.text(), s.claims());
        }
        List<Claim> claims = extractor.extract(side.text(), DateSpan.parse(side.statedOn()));
        return new Compared(null, label(field, side.sourceId(), side.speakerId()), side.statedOn(), side.text(), claims);
    }

    private String label(String field, String sourceId, String speakerId) {
        if (sourceId == null) {
            return "Statement " + field.toUpperCase(java.util.Locale.ROOT);
        }
        Source source = ApiProblem.referenced(field + ".sourceId", () -> sources.apply(sourceId));
        Speaker speaker = speakerId == null ? null : ApiProblem.referenced(field + ".speakerId", () -> speakers.apply(speakerId));
        return ContradictionRepository.label(source.name(), speaker == null ? null : speaker.name());
    }
}
