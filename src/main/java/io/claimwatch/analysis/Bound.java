package io.claimwatch.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a stated number limits the true count: "at least 19" is AT_LEAST, "about 200" ABOUT. */
public enum Bound {
    EXACT, ABOUT, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Bound of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
