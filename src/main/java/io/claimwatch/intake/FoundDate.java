package io.claimwatch.intake;

import io.claimwatch.analysis.DateSpan;

/** A date read from the article: the day or interval, the phrase that gave it, where it is, how sure. */
public record FoundDate(DateSpan date, String phrase, Span span, double confidence) {
}
