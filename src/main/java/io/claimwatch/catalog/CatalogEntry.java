package io.claimwatch.catalog;

/** A stored catalog entry, which can be turned back into the input that would make it (for PATCH). */
public interface CatalogEntry<I extends CatalogInput> {

    String id();

    I toInput();
}
