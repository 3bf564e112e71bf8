package io.claimwatch.console;

import io.claimwatch.App.Services;
import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.contradiction.ReviewInput;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Preconditions;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Map;

/**
 * POST /findings/{id}/review: the review form, through the same service and If-Match version
 * check as PATCH /api/v1/contradictions/{id}. htmx gets the card back; a plain form post a redirect.
 */
final class ReviewAction {

    private final Services services;
    private final Sessions sessions;

    ReviewAction(Services services, Sessions sessions) {
        this.services = services;
        this.sessions = sessions;
    }

    void handle(Context ctx) {
        Session session = sessions.checked(ctx);
        Viewer viewer = sessions.viewer(session);
        if (!viewer.canReview()) {
            throw new ForbiddenResponse(viewer.known() ? "the key '" + viewer.name() + "' may read but not review"
                    : "sign in with a reviewer's key to review");
        }
        long id = Preconditions.longId(ctx, "contradiction");
        String status = ctx.formParam("status");
        String note = ctx.formParam("note");
        String version = ctx.formParam("version");
        boolean inQueue = "queue".equals(ctx.formParam("from"));
        Contradiction after;
        String notice;
        boolean stale = false;
        try {
            after = services.contradictions().review(id, Preconditions.etag(parseVersion(version)),
                    new ReviewInput(status, note == null || note.isBlank() ? null : note.trim(), viewer.name()));
            notice = "Marked " + after.status() + " by " + after.reviewer() + ".";
        } catch (ApiProblem e) {
            if (e.status() != 412 && e.status() != 400) {
                throw e;
            }
            after = services.contradictions().get(id);
            stale = e.status() == 412;
            notice = stale ? "Someone changed this pair since you loaded it: it is now " + after.status()
                    + (after.reviewer() == null ? "" : " (by " + after.reviewer() + ")") + ". Check it and decide again."
                    : e.getMessage();
        }
        if (!"true".equals(ctx.header("HX-Request"))) {
            ctx.redirect(inQueue ? "/" : "/findings/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        if (stale || !inQueue || "open".equals(after.status())) {
            // 200 even when stale: htmx swaps only 2xx answers, and the card itself says what happened
            PairView pair = PairView.of(after, services.statements(), new Names(services), notice, stale);
            ctx.render("tag/pair.jte", Map.of("pair", pair, "csrf", session.csrf(), "viewer", viewer,
                    "from", inQueue ? "queue" : "finding"));
        } else {
            ctx.render("tag/reviewed.jte", Map.of("id", id, "notice", notice));
        }
    }

    private static int parseVersion(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException | NullPointerException e) {
            throw ApiProblem.badRequest("version", "is missing; reload the page");
        }
    }
}
