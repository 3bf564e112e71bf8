package io.claimwatch.statement;

import io.claimwatch.analysis.DateSpan;
import java.time.LocalDate;

/** The earliest and latest day an ISO date or interval may mean, as the API shows it. */
public record DayRange(LocalDate earliest, LocalDate latest) {

    static DayRange of(DateSpan span) {
        return span == null ? null : new DayRange(span.earliest(), span.latest());
    }

    static DayRange of(LocalDate earliest, LocalDate latest) {
        return earliest == null ? null : new DayRange(earliest, latest);
    }
}
