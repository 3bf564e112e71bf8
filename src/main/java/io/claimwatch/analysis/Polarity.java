package io.claimwatch.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether the clause asserts its proposition or its negation. */
public enum Polarity {
    POSITIVE, NEGATIVE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Polarity of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public Polarity flip() {
        return this == POSITIVE ? NEGATIVE : POSITIVE;
    }
}
