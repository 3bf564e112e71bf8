package io.claimwatch.web;

import io.claimwatch.analysis.DateSpan;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Typed query parameters with 400s that name the parameter. */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private static final Set<String> PAGING = Set.of("cursor", "limit");
    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,4}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,10}(\\.[0-9]{1,10})?");

    private final Context ctx;
    private Cursors.Bound cursor;

    public QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    /** Rejects parameters the route does not know, so a misspelt filter never silently matches everything. */
    public QueryParams allowOnly(Set<String> names) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!names.contains(name)) {
                throw ApiProblem.badRequest(name, "unknown query parameter; known: " + String.join(", ", names.stream().sorted().toList()));
            }
        }
        return this;
    }

    /** All names of both sets, for routes that take one feature's filters plus their own parameters. */
    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public String string(String name) {
        if (!PAGING.contains(name) && bound() != null) {
            return bound().filters().get(name);
        }
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The service's cursor inside the client's one. A cursor carries the filters of its query: a
     * request may repeat them or leave them out, but other filters with it are a 400, never a
     * silent mix of two queries.
     */
    public String cursor() {
        return bound() == null ? null : bound().inner();
    }

    /** The page with its next cursor bound to this query's filters. */
    public <T> Page<T> page(Page<T> page) {
        if (page.nextCursor() == null) {
            return page;
        }
        Map<String, String> filters = bound() != null ? bound().filters() : filters();
        return new Page<>(page.items(), Cursors.bind(page.nextCursor(), filters));
    }

    private Cursors.Bound bound() {
        String raw = ctx.queryParam("cursor");
        if (cursor == null && raw != null && !raw.isEmpty()) {
            cursor = Cursors.unbind(raw);
            Map<String, String> given = filters();
            if (!given.isEmpty() && !given.equals(cursor.filters())) {
                cursor = null;
                throw ApiProblem.badRequest("cursor", "was made for another query (" + String.join(", ",
                        new TreeMap<>(given).keySet()) + " differ); repeat that query's filters or leave them out");
            }
        }
        return cursor;
    }

    /** The request's own non-empty parameters other than cursor and limit. */
    private Map<String, String> filters() {
        Map<String, String> filters = new TreeMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!PAGING.contains(name) && !values.isEmpty() && !values.get(0).isEmpty()) {
                filters.put(name, values.get(0));
            }
        });
        return filters;
    }

    public int limit() {
        String value = string("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (LIMIT.matcher(value).matches()) {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        }
        throw ApiProblem.badRequest("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    public DateSpan date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return DateSpan.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name, e.getMessage());
        }
    }

    public Double number(String name, double min, double max) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        if (NUMBER.matcher(value).matches()) {
            double number = Double.parseDouble(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw ApiProblem.badRequest(name, "must be a number from " + min + " to " + max);
    }

    public String oneOf(String name, Set<String> allowed) {
        String value = string(name);
        if (value != null && !allowed.contains(value)) {
            throw ApiProblem.badRequest(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }
}
