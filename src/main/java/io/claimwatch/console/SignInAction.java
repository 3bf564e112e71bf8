package io.claimwatch.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Sign-in with an API key (the key's name becomes the reviewer), and sign-out. */
final class SignInAction {

    private final ConsoleRoutes pages;
    private final Sessions sessions;

    SignInAction(ConsoleRoutes pages, Sessions sessions) {
        this.pages = pages;
        this.sessions = sessions;
    }

    void register(RoutesConfig routes) {
        routes.get("/signin", pages.open(ctx -> form(ctx, ctx.queryParam("next"), null)));
        routes.post("/signin", pages.open(this::signIn));
        routes.post("/signout", pages.open(ctx -> {
            sessions.checked(ctx);
            sessions.signOut(ctx);
            ctx.redirect("/signin", HttpStatus.SEE_OTHER);
        }));
    }

    private void signIn(Context ctx) {
        sessions.checked(ctx);
        String next = ctx.formParam("next");
        if (sessions.signIn(ctx, ctx.formParam("key")).isEmpty()) {
            ctx.status(401);
            form(ctx, next, sessions.keysRequired() ? "That key is unknown or revoked."
                    : "This server has no API keys yet: everyone may use the console without signing in.");
            return;
        }
        ctx.redirect(safe(next), HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, String next, String error) {
        pages.render(ctx, "signin.jte", "Sign in", "signin", new Pages.SignIn(safe(next), error, sessions.keysRequired()));
    }

    /** Only a path on this server: never an open redirect to another host. */
    private static String safe(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }
}
