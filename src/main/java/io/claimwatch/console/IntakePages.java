package io.claimwatch.console;

import io.claimwatch.App.Services;
import io.claimwatch.article.Article;
import io.claimwatch.article.ArticleDraft;
import io.claimwatch.article.ArticleInput;
import io.claimwatch.article.DraftInput;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Preconditions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Article intake in the browser: paste text or HTML, see the drafts with their spans marked in the
 * article, fix a draft, accept the chosen ones. Everything goes through ArticleService, as the API does.
 */
final class IntakePages {

    private final ConsoleRoutes pages;
    private final Services services;
    private final Sessions sessions;

    IntakePages(ConsoleRoutes pages, Services services, Sessions sessions) {
        this.pages = pages;
        this.services = services;
        this.sessions = sessions;
    }

    void register(RoutesConfig routes) {
        routes.get("/intake", pages.page(ctx -> form(ctx, null, null)));
        routes.post("/intake", pages.page(this::create));
        routes.get("/intake/{id}", pages.page(ctx -> article(ctx, null)));
        routes.post("/intake/{id}/drafts/{draftId}", pages.page(this::fix));
        routes.post("/intake/{id}/accept", pages.page(this::accept));
    }

    private void form(Context ctx, ArticleInput entered, String error) {
        pages.render(ctx, "intake.jte", "Article intake", "intake", new Pages.IntakeForm(entered, error,
                services.sources().list(null, 200).items(), services.topics().list(null, 100).items()));
    }

    private void create(Context ctx) {
        editor(ctx);
        boolean html = "html".equals(ctx.formParam("format"));
        String body = ctx.formParam("body");
        ArticleInput in = new ArticleInput(html ? null : body, html ? body : null, blankToNull(ctx.formParam("url")),
                blankToNull(ctx.formParam("title")), blankToNull(ctx.formParam("outletId")),
                blankToNull(ctx.formParam("publishedOn")), ctx.formParams("topicIds"), null);
        try {
            Article article = services.articles().create(in, false);
            ctx.redirect("/intake/" + article.id(), HttpStatus.SEE_OTHER);
        } catch (ApiProblem e) {
            ctx.status(e.status());
            form(ctx, in, e.getMessage());
        }
    }

    private void article(Context ctx, String notice) {
        Article article = services.articles().get(Preconditions.longId(ctx, "article"));
        pages.render(ctx, "article.jte", article.title() == null ? "Article " + article.id() : article.title(), "intake",
                new Pages.ArticlePage(article, runs(article), notice));
    }

    /** A reviewer's fix to one draft, checked against the version the form showed. */
    private void fix(Context ctx) {
        editor(ctx);
        long articleId = Preconditions.longId(ctx, "article");
        long draftId = Long.parseLong(ctx.pathParam("draftId"));
        String notice;
        try {
            services.articles().change(articleId, draftId, Preconditions.etag(Integer.parseInt(ctx.formParam("version"))),
                    current -> new DraftInput(ctx.formParam("text"), current.quote(), blankToNull(ctx.formParam("speakerId")),
                            blankToNull(ctx.formParam("speakerName")), blankToNull(ctx.formParam("speakerTitle")),
                            current.sourceId(), current.sourceName(), current.reportedById(), ctx.formParam("statedOn")));
            notice = "Draft " + draftId + " saved.";
        } catch (ApiProblem e) {
            ctx.status(e.status() == 412 ? 409 : e.status());
            notice = e.status() == 412 ? "Someone changed draft " + draftId + " since you loaded it: check it and save again."
                    : "Draft " + draftId + " was not saved: " + e.getMessage();
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("version", "is missing; reload the page");
        }
        article(ctx, notice);
    }

    private void accept(Context ctx) {
        editor(ctx);
        long articleId = Preconditions.longId(ctx, "article");
        List<Long> ids = new ArrayList<>();
        for (String id : ctx.formParams("draftIds")) {
            ids.add(Long.parseLong(id));
        }
        if (ids.isEmpty()) {
            ctx.status(400);
            article(ctx, "Choose the drafts to accept first.");
            return;
        }
        services.articles().accept(articleId, ids);
        ctx.redirect("/intake/" + articleId, HttpStatus.SEE_OTHER);
    }

    private void editor(Context ctx) {
        Session session = sessions.checked(ctx);
        if (!sessions.viewer(session).canEdit()) {
            throw new ForbiddenResponse("intake needs an editor's key");
        }
    }

    /** The article text cut at the drafts' spans, each span marked with its draft. */
    static List<Pages.Run> runs(Article article) {
        String text = article.text();
        List<ArticleDraft> drafts = article.drafts().stream().filter(d -> d.span() != null)
                .sorted(Comparator.comparingInt(d -> d.span().start())).toList();
        List<Pages.Run> runs = new ArrayList<>();
        int at = 0;
        for (ArticleDraft d : drafts) {
            int start = Math.max(at, Math.min(d.span().start(), text.length()));
            int end = Math.max(start, Math.min(d.span().end(), text.length()));
            if (start > at) {
                runs.add(new Pages.Run(text.substring(at, start), null));
            }
            if (end > start) {
                runs.add(new Pages.Run(text.substring(start, end), d.id()));
            }
            at = end;
        }
        if (at < text.length()) {
            runs.add(new Pages.Run(text.substring(at), null));
        }
        return runs;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
