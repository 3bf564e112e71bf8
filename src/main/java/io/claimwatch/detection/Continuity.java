package io.claimwatch.detection;

import io.claimwatch.analysis.Aspect;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.LexiconFile;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A state said to go on ("the plant is still operating", "the airport remains closed") held in the
 * days before it was said too. Against an opposite report from those days ("the plant shut down on
 * Monday", said on Tuesday) it is a conflict: the two sources disagree about the same days, and
 * nothing can have changed in between without the one saying "still" being wrong.
 */
final class Continuity {

    private static final Set<String> CUES = LexiconFile.load("continuity-cues").words();

    private Continuity() {}

    /** A present claim whose predicate says its state went on: "is still", "remains", "continues". */
    static boolean continuing(Claim c) {
        if (c.aspect() != Aspect.PRESENT || c.predicateText() == null || c.timeSpan().isPresent()) {
            return false;
        }
        return Arrays.stream(c.predicateText().toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(CUES::contains);
    }

    /**
     * The conflict of two opposite claims that would otherwise be a development, when the later one
     * says its state went on over the days of the earlier (at most {@link Timeline#NEWS_CYCLE_DAYS} back).
     */
    static Optional<Verdict> conflict(Kind kind, double confidence, Side x, Claim cx, Side y, Claim cy, List<String> evidence) {
        return went(kind, confidence, x, cx, y, cy, evidence).or(() -> went(kind, confidence, y, cy, x, cx, evidence));
    }

    /** {@code later} said {@code going} went on over the days {@code earlier} reported {@code reported} of. */
    private static Optional<Verdict> went(Kind kind, double confidence, Side earlier, Claim reported, Side later, Claim going,
                                          List<String> evidence) {
        DateSpan said = later.view().statedOn();
        if (!continuing(going) || reported.aspect() == Aspect.FUTURE
                || said.latest().isBefore(earlier.view().statedOn().earliest())) {
            return Optional.empty();
        }
        DateSpan went = new DateSpan(said.earliest().minusDays(Timeline.NEWS_CYCLE_DAYS), said.latest());
        // the earlier report holds from the time it names up to when it was made
        DateSpan about = earlier.about(reported);
        LocalDate reportedOn = earlier.view().statedOn().latest();
        DateSpan held = new DateSpan(about.earliest(), about.latest().isAfter(reportedOn) ? about.latest() : reportedOn);
        if (!went.overlaps(held)) {
            return Optional.empty();
        }
        return Optional.of(Explanations.continued(kind, Confidence.uncertain(confidence), earlier, reported, later, going, evidence));
    }
}
