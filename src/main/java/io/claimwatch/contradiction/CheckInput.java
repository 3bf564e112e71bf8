package io.claimwatch.contradiction;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.web.Checks;
import java.util.List;

/** A statement as it would be posted, to check before publishing. */
public record CheckInput(String text, String statedOn, String sourceId, String speakerId, List<String> topicIds) {

    public CheckInput {
        topicIds = topicIds == null ? List.of() : List.copyOf(topicIds);
    }

    public void validate() {
        Checks checks = new Checks().required("text", text, 20_000).required("statedOn", statedOn, 32)
                .noBlanks("topicIds", topicIds);
        if (statedOn != null && !statedOn.isBlank()) {
            try {
                DateSpan.parse(statedOn);
            } catch (IllegalArgumentException e) {
                checks.add("statedOn", e.getMessage());
            }
        }
        checks.orThrow();
    }
}
