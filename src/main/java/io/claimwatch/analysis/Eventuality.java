package io.claimwatch.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * ONCE: an event that happens once (talks begin, a minister resigns), so statements constrain
 * its date. STATE: something that can change back and forth (open, in office), so opposite
 * claims only clash about the same time. OTHER: neither is clear.
 */
public enum Eventuality {
    ONCE, STATE, OTHER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Eventuality of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
