package io.claimwatch.intake;

import java.util.List;

/**
 * One attribution found in a sentence, before speakers and dates are resolved: the claim's span,
 * the speaker phrase as read, the outlet that carried it, the verb, and the frame (the sentence
 * outside the claim, where the date of the remark is looked for).
 */
record Attributed(Span content, FoundSpeaker speaker, String outlet, String verb, boolean continues, List<Span> frame) {
}
