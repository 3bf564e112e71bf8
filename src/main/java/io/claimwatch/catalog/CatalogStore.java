package io.claimwatch.catalog;

import io.claimwatch.web.ApiProblem.FieldError;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The SQL side of one catalog feature; one instance lives inside one transaction. */
public interface CatalogStore<I extends CatalogInput, O extends CatalogEntry<I>> {

    Optional<O> find(String id);

    /** Locks the row for the rest of the transaction, so concurrent PATCHes apply one after the other. */
    Optional<O> findForUpdate(String id);

    /** Up to {@code limit} entries with ids after {@code afterId} (null: from the start), in id order. */
    List<O> list(String afterId, int limit);

    void insert(I input, OffsetDateTime now);

    void update(I input, OffsetDateTime now);

    void delete(String id);

    /** Why the entry cannot be deleted now (for example "2 statements refer to it"), or empty. */
    Optional<String> usedBy(String id);

    /** Fields of the input that name rows that do not exist. */
    default List<FieldError> unknownReferences(I input) {
        return List.of();
    }
}
