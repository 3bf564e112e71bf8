package io.claimwatch.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How firmly the clause is put. Only ASSERTED claims are flat statements of fact; HEDGED ones
 * (may, reportedly, experts doubt, if ...) and PLANNED ones (will, plan to) are not.
 */
public enum Modality {
    ASSERTED, HEDGED, PLANNED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Modality of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
