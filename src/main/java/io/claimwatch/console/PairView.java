package io.claimwatch.console;

import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementService;
import java.util.List;
import java.util.Locale;

/** A flagged pair as a card shows it: both statements side by side, the verdict, and the review form's state. */
public record PairView(Contradiction contradiction, Side older, Side newer, String notice, boolean stale) {

    /** One statement of the pair, with everything a reader needs to judge it. */
    public record Side(long id, String sourceId, String sourceName, String speakerName, String speakerTitle,
                       String statedOn, String dateText, String precision, String outletName, String url,
                       List<Highlight.Run> runs) {
    }

    public static PairView of(Contradiction c, StatementService statements, Names names) {
        return of(c, statements, names, null, false);
    }

    public static PairView of(Contradiction c, StatementService statements, Names names, String notice, boolean stale) {
        return new PairView(c, side(c.statements().get(0), c, statements, names),
                side(c.statements().get(1), c, statements, names), notice, stale);
    }

    private static Side side(Contradiction.PairedStatement p, Contradiction c, StatementService statements, Names names) {
        Statement s = stored(p.id(), statements);
        var speaker = names.speaker(p.speakerId());
        String reportedBy = s == null ? null : s.reportedById();
        String outlet = reportedBy == null || reportedBy.equals(p.sourceId()) ? null : names.sourceName(reportedBy);
        return new Side(p.id(), p.sourceId(), names.sourceName(p.sourceId()),
                speaker.map(sp -> sp.name()).orElse(null), speaker.map(sp -> sp.title()).orElse(null),
                p.statedOn(), DateText.describe(p.statedOn()), DateText.precision(p.statedOn()), outlet,
                s == null ? null : s.url(), Highlight.runs(p.text(), c.evidence()));
    }

    /** The statement as stored, or null once deleted: the pair keeps showing what was said. */
    private static Statement stored(long id, StatementService statements) {
        try {
            return statements.get(id);
        } catch (io.claimwatch.web.ApiProblem e) {
            return null;
        }
    }

    public String confidencePercent() {
        return String.format(Locale.ROOT, "%.0f%%", contradiction.confidence() * 100);
    }

    public boolean open() {
        return "open".equals(contradiction.status());
    }
}
