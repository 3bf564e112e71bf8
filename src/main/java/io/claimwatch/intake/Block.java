package io.claimwatch.intake;

/** A paragraph of the article and what it is: only body paragraphs carry claims. */
public record Block(Kind kind, Span span) {

    public enum Kind { BODY, HEADING, CAPTION, BYLINE, BIO, CORRECTION }
}
