package io.claimwatch.catalog;

/** A create or replace body for a catalog entry: it carries its client-chosen slug and checks itself. */
public interface CatalogInput {

    String id();

    /** Throws a 400 {@link io.claimwatch.web.ApiProblem} naming every invalid field. */
    void validate();
}
