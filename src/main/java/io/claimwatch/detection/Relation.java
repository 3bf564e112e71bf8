package io.claimwatch.detection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** CONFLICT: both cannot be true. REVERSAL: both can be true only if things changed between the two dates. */
public enum Relation {
    CONFLICT, REVERSAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Relation of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
