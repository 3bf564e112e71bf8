package io.claimwatch.auth;

import static io.claimwatch.auth.Role.ADMIN;
import static io.claimwatch.auth.Role.EDITOR;
import static io.claimwatch.auth.Role.PUBLIC;
import static io.claimwatch.auth.Role.READER;
import static io.claimwatch.auth.Role.REVIEWER;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one place that says who may call each route: "METHOD /path" (the path as registered) to the
 * weakest role allowed. A route missing here still gets {@link #defaultFor} at run time, but
 * AccessTableTest fails until it is listed, and the spec's {@code x-required-role} must agree.
 */
public final class Access {

    private static final TreeMap<String, Role> TABLE = new TreeMap<>();

    static {
        // operations: anyone may check health and read the contract; metrics need a key (or --metrics-port)
        declare(PUBLIC, "GET /health", "GET /openapi.yaml", "GET /docs");
        declare(READER, "GET /metrics");
        for (String catalog : new String[] {"/api/v1/sources", "/api/v1/speakers", "/api/v1/topics"}) {
            declare(READER, "GET " + catalog, "GET " + catalog + "/{id}");
            declare(EDITOR, "POST " + catalog, "PATCH " + catalog + "/{id}");
            declare(ADMIN, "DELETE " + catalog + "/{id}");
        }
        declare(READER, "GET /api/v1/statements", "GET /api/v1/statements/{id}");
        declare(EDITOR, "POST /api/v1/statements", "POST /api/v1/statements/batch", "PATCH /api/v1/statements/{id}");
        declare(ADMIN, "DELETE /api/v1/statements/{id}");
        declare(READER, "GET /api/v1/contradictions", "GET /api/v1/contradictions/{id}");
        declare(REVIEWER, "PATCH /api/v1/contradictions/{id}");
        // these POSTs store nothing: they are questions, so readers may ask them
        declare(READER, "POST /api/v1/analyze", "POST /api/v1/check", "POST /api/v1/compare");
        declare(READER, "GET /api/v1/events", "GET /api/v1/topics/{id}/timeline", "GET /api/v1/stats");
        declare(READER, "GET /api/v1/export/statements", "GET /api/v1/export/contradictions", "GET /api/v1/export/dataset");
        declare(ADMIN, "POST /api/v1/import");
        declare(ADMIN, "POST /api/v1/reanalyze", "GET /api/v1/reanalyze/{id}");
        declare(READER, "GET /api/v1/articles", "GET /api/v1/articles/{id}", "GET /api/v1/articles/{id}/drafts/{draftId}");
        // a draft is not yet a statement: throwing one away is part of an editor's review of the article
        declare(EDITOR, "POST /api/v1/articles", "POST /api/v1/articles/{id}/accept",
                "PATCH /api/v1/articles/{id}/drafts/{draftId}", "DELETE /api/v1/articles/{id}/drafts/{draftId}");
        declare(READER, "GET /api/v1/contradictions/{id}/claimreview", "GET /api/v1/export/claimreview");
        // the console's pages: public here because the console checks its own session (signed in with a key)
        declare(PUBLIC, "GET /", "GET /timeline/{id}", "GET /timeline/{id}/chart", "GET /statement/{id}", "GET /source/{id}",
                "GET /search", "GET /dashboard", "GET /findings/{id}", "POST /findings/{id}/review", "GET /signin",
                "POST /signin", "POST /signout", "GET /live", "GET /intake", "POST /intake", "GET /intake/{id}",
                "POST /intake/{id}/drafts/{draftId}", "POST /intake/{id}/accept");
    }

    private Access() {
    }

    private static void declare(Role role, String... routes) {
        for (String route : routes) {
            if (TABLE.put(route, role) != null) {
                throw new IllegalStateException(route + " is declared twice");
            }
        }
    }

    /** The role a route needs: its declared one, else the default rule for its method. */
    public static Role required(String method, String path) {
        return declared(method, path).orElseGet(() -> defaultFor(method, path));
    }

    public static Optional<Role> declared(String method, String path) {
        // HEAD is a GET without the body: it needs what the GET needs
        String asGet = "HEAD".equals(method) ? "GET" : method;
        return Optional.ofNullable(TABLE.get(asGet + " " + path));
    }

    /**
     * For routes nobody declared yet: reads need a reader, deletes and anything under import,
     * keys or reanalyze an admin, other writes an editor. Never PUBLIC: forgetting a route never opens it.
     */
    public static Role defaultFor(String method, String path) {
        if (path.contains("/import") || path.contains("/keys") || path.contains("reanalyze") || "DELETE".equals(method)) {
            return ADMIN;
        }
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> READER;
            default -> EDITOR;
        };
    }

    /** Every declared route and its role, for the tests that compare it with the app and the spec. */
    public static Map<String, Role> table() {
        return Collections.unmodifiableSortedMap(TABLE);
    }
}
