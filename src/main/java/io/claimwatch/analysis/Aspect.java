package io.claimwatch.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Tense and aspect of the predicate, as far as surface forms show them. */
public enum Aspect {
    PERFECT, PAST, PRESENT, FUTURE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Aspect of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
