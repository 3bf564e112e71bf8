package io.claimwatch.detection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which kind of clash a verdict found. */
public enum Kind {
    NEGATION, ANTONYM, NUMERIC, DATE, TEMPORAL, MODALITY, EXCLUSIVE, PLACE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Kind of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
