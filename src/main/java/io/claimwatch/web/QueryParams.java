package io.claimwatch.web;

import io.claimwatch.analysis.DateSpan;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Set;

/** Typed query parameters with 400s that name the parameter. */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private final Context ctx;

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
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public int limit() {
        String value = string("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
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
        try {
            double number = Double.parseDouble(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
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
