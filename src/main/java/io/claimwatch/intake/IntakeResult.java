package io.claimwatch.intake;

import java.util.List;

/** What intake read in an article: the drafts, and the paragraphs it left out and why. */
public record IntakeResult(List<Draft> drafts, List<Block> skipped) {
}
