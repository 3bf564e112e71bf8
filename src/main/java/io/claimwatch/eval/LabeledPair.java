package io.claimwatch.eval;

import java.util.List;

/** One evaluation pair: does the hypothesis contradict the premise? Categories are the set's phenomenon tags. */
public record LabeledPair(String id, String premise, String hypothesis, boolean contradiction,
                          List<String> categories, String domain) {

    public LabeledPair {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
