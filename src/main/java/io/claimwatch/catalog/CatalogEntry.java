package io.claimwatch.catalog;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** A stored catalog entry, which can be turned back into the input that would make it (for PATCH). */
public interface CatalogEntry<I extends CatalogInput> {

    String id();

    I toInput();

    OffsetDateTime updatedAt();

    /** A strong ETag that changes with every change: the microsecond of the last one (changes are serialised by a row lock). */
    default String etag() {
        return "\"" + ChronoUnit.MICROS.between(OffsetDateTime.parse("1970-01-01T00:00Z"), updatedAt()) + "\"";
    }
}
