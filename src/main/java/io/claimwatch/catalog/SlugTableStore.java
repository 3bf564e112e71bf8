package io.claimwatch.catalog;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/** The reads and the delete every slug-keyed table does alike; subclasses add their columns. */
public abstract class SlugTableStore<R extends Record, I extends CatalogInput, O extends CatalogEntry<I>>
        implements CatalogStore<I, O> {

    protected final DSLContext dsl;
    private final Table<R> table;
    private final TableField<R, String> id;

    protected SlugTableStore(DSLContext dsl, Table<R> table, TableField<R, String> id) {
        this.dsl = dsl;
        this.table = table;
        this.id = id;
    }

    protected abstract O toEntry(R record);

    @Override
    public Optional<O> find(String key) {
        return dsl.selectFrom(table).where(id.eq(key)).fetchOptional(this::toEntry);
    }

    @Override
    public Optional<O> findForUpdate(String key) {
        return dsl.selectFrom(table).where(id.eq(key)).forUpdate().fetchOptional(this::toEntry);
    }

    @Override
    public List<O> list(String afterId, int limit) {
        var query = dsl.selectFrom(table);
        var filtered = afterId == null ? query : query.where(id.gt(afterId));
        return filtered.orderBy(id).limit(limit).fetch(this::toEntry);
    }

    @Override
    public void delete(String key) {
        dsl.deleteFrom(table).where(id.eq(key)).execute();
    }

    /** The ids among {@code ids} that name no row. */
    public List<String> missing(List<String> ids) {
        List<String> known = dsl.select(id).from(table).where(id.in(ids)).fetch(id);
        return ids.stream().filter(key -> !known.contains(key)).toList();
    }
}
