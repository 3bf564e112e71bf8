package io.claimwatch.intake;

/**
 * A proposed statement: the claim text ({@code quote} "verbatim" when the article quotes it whole,
 * quotation marks removed; "paraphrase" otherwise), who said it as the article names them, the
 * outlet that carried it, when ({@code statedOn}: a day or an interval) with the phrase that gave
 * the date and how it was resolved, the span of the claim in the article, and a confidence (0..1).
 */
public record Draft(String text, String quote, FoundSpeaker speaker, String reportedBy, String statedOn,
                    String datePhrase, String dateBasis, Span span, double confidence, String cue) {
}
