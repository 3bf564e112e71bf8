package io.claimwatch.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** One page of a list: the items and an opaque cursor for the next page, null on the last. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The page for rows fetched with {@code limit + 1}: the extra row, if any, only says that more
     * follow, and the cursor names the key of the last row shown.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, String> key) {
        boolean more = rowsPlusOne.size() > limit;
        List<T> items = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        return new Page<>(List.copyOf(items), more ? Cursors.encode(key.apply(items.get(limit - 1))) : null);
    }

    /** Hands every item of every page to {@code each}, fetching one page at a time so memory stays flat. */
    public static <T> void walk(Function<String, Page<T>> fetch, Consumer<T> each) {
        String cursor = null;
        do {
            Page<T> page = fetch.apply(cursor);
            page.items().forEach(each);
            cursor = page.nextCursor();
        } while (cursor != null);
    }
}
