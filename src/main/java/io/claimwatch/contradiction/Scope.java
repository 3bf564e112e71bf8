package io.claimwatch.contradiction;

import java.util.Objects;
import java.util.Set;

/** Who contradicts whom: one speaker, two people of one source, or two sources. */
public final class Scope {

    public static final String SAME_SPEAKER = "same-speaker";
    public static final String SAME_SOURCE = "same-source";
    public static final String CROSS_SOURCE = "cross-source";
    public static final Set<String> ALL = Set.of(SAME_SPEAKER, SAME_SOURCE, CROSS_SOURCE);

    private Scope() {
    }

    public static String of(Party a, Party b) {
        if (a.speakerId() != null && Objects.equals(a.speakerId(), b.speakerId())) {
            return SAME_SPEAKER;
        }
        return a.sourceId() != null && a.sourceId().equals(b.sourceId()) ? SAME_SOURCE : CROSS_SOURCE;
    }
}
