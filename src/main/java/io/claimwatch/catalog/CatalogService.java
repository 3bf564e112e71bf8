package io.claimwatch.catalog;

import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Cursors;
import io.claimwatch.web.Page;
import io.claimwatch.web.Preconditions;
import io.claimwatch.web.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Create, read, change and delete for entries whose id is a client-chosen slug: sources, speakers, topics. */
public final class CatalogService<I extends CatalogInput, O extends CatalogEntry<I>> {

    private final String kind;
    private final DSLContext dsl;
    private final Function<DSLContext, CatalogStore<I, O>> stores;

    public CatalogService(String kind, DSLContext dsl, Function<DSLContext, CatalogStore<I, O>> stores) {
        this.kind = kind;
        this.dsl = dsl;
        this.stores = stores;
    }

    public String kind() {
        return kind;
    }

    public O create(I input) {
        input.validate();
        try {
            return dsl.transactionResult(tx -> {
                CatalogStore<I, O> store = stores.apply(tx.dsl());
                if (store.find(input.id()).isPresent()) {
                    throw duplicate(input.id());
                }
                checkReferences(store, input);
                store.insert(input, Clock.now());
                return store.find(input.id()).orElseThrow();
            });
        } catch (IntegrityConstraintViolationException e) {
            throw duplicate(input.id()); // a concurrent create of the same id won the race
        }
    }

    public O get(String id) {
        return stores.apply(dsl).find(id).orElseThrow(() -> ApiProblem.notFound(kind, id));
    }

    public boolean exists(String id) {
        return stores.apply(dsl).find(id).isPresent();
    }

    public Page<O> list(String cursor, int limit) {
        return Page.of(stores.apply(dsl).list(Cursors.decode(cursor), limit + 1), limit, O::id);
    }

    /** Applies {@code change} to the current entry under a row lock, if {@code ifMatch} still names it. */
    public O change(String id, String ifMatch, UnaryOperator<I> change) {
        return dsl.transactionResult(tx -> {
            CatalogStore<I, O> store = stores.apply(tx.dsl());
            O current = store.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound(kind, id));
            Preconditions.requireCurrent(ifMatch, current.etag());
            I changed = change.apply(current.toInput());
            if (!id.equals(changed.id())) {
                throw ApiProblem.badRequest("id", "cannot be changed");
            }
            changed.validate();
            checkReferences(store, changed);
            store.update(changed, Clock.now());
            return store.find(id).orElseThrow();
        });
    }

    public void delete(String id, String ifMatch) {
        try {
            dsl.transaction(tx -> {
                CatalogStore<I, O> store = stores.apply(tx.dsl());
                O current = store.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound(kind, id));
                Preconditions.requireCurrent(ifMatch, current.etag());
                store.usedBy(id).ifPresent(reason -> {
                    throw ApiProblem.conflict(null, "the " + kind + " '" + id + "' is still in use: " + reason);
                });
                store.delete(id);
            });
        } catch (IntegrityConstraintViolationException e) {
            // a reference was added between the check and the delete
            throw ApiProblem.conflict(null, "the " + kind + " '" + id + "' is still in use");
        }
    }

    private void checkReferences(CatalogStore<I, O> store, I input) {
        var unknown = store.unknownReferences(input);
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable(unknown);
        }
    }

    private ApiProblem duplicate(String id) {
        return ApiProblem.conflict("id", "a " + kind + " with id '" + id + "' already exists");
    }
}
