package io.claimwatch.console;

import io.claimwatch.App.Services;
import io.claimwatch.claimreview.ClaimReviewService;
import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.contradiction.ContradictionFilter;
import io.claimwatch.contradiction.ContradictionRoutes;
import io.claimwatch.detection.Kind;
import io.claimwatch.event.EventHub;
import io.claimwatch.event.EventRoutes;
import io.claimwatch.detection.Relation;
import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementFilter;
import io.claimwatch.stats.StatsService;
import io.claimwatch.timeline.TimelineService;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Page;
import io.claimwatch.web.QueryParams;
import io.claimwatch.web.Webjars;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The browser console: server-rendered pages over the same services as the API (no SQL here). */
public final class ConsoleRoutes {

    /** Strict: every script, style, image and connection from this server, nothing inline that runs. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final int PAGE = 20;
    private static final List<String> KINDS = Arrays.stream(Kind.values()).map(Kind::json).toList();
    private static final List<String> RELATIONS = Arrays.stream(Relation.values()).map(Relation::json).toList();

    private final Services services;
    private final TimelineService timelines;
    private final StatsService stats;
    private final ClaimReviewService claimReviews;
    private final EventHub events;
    private final Sessions sessions;
    private final String htmx = "/webjars/htmx.org/" + Webjars.version("org.webjars.npm", "htmx.org") + "/dist/htmx.min.js";

    public ConsoleRoutes(Services services, TimelineService timelines, StatsService stats,
                         ClaimReviewService claimReviews, EventHub events, Sessions sessions) {
        this.services = services;
        this.timelines = timelines;
        this.stats = stats;
        this.claimReviews = claimReviews;
        this.events = events;
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", page(this::queue));
        routes.get("/timeline/{id}", page(this::timeline));
        routes.get("/timeline/{id}/chart", page(ctx -> ctx.render("tag/timelineChart.jte",
                Map.of("chart", TimelineChart.of(timelines.timeline(ctx.pathParam("id")), new Names(services))))));
        routes.get("/statement/{id}", page(this::statement));
        routes.get("/source/{id}", page(this::source));
        routes.get("/search", page(this::search));
        routes.get("/dashboard", page(this::dashboard));
        routes.get("/findings/{id}", open(this::finding));
        routes.post("/findings/{id}/review", page(new ReviewAction(services, sessions)::handle));
        new SignInAction(this, sessions).register(routes);
        new IntakePages(this, services, sessions).register(routes);
        // the event stream for the console's pages: an EventSource sends the session cookie, never an API key
        routes.get("/live", ctx -> {
            if (sessions.viewer(sessions.of(ctx)).known()) {
                EventRoutes.stream(events, ctx);
            } else {
                ctx.status(204); // tells an EventSource to stop reconnecting: nothing to follow before sign-in
            }
        });
    }

    private void queue(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        ContradictionFilter f = ContradictionRoutes.filter(params);
        ContradictionFilter open = new ContradictionFilter(f.topicId(), f.sourceId(), null, f.kind(), f.relation(),
                null, "open", null, null, null);
        boolean byConfidence = "confidence".equals(params.string("sort"));
        Page<Contradiction> page = services.contradictions().queue(open, byConfidence, params.string("cursor"), PAGE);
        Names names = new Names(services);
        List<PairView> pairs = page.items().stream().map(c -> PairView.of(c, services.statements(), names)).toList();
        var filters = new Pages.Filters(f.topicId(), f.sourceId(), f.kind(), f.relation(), byConfidence ? "confidence" : "newest",
                services.topics().list(null, 100).items(), services.sources().list(null, 200).items(), KINDS, RELATIONS);
        String more = page.nextCursor() == null ? null : Urls.with(ctx, "cursor", page.nextCursor());
        render(ctx, "queue.jte", "Review queue", "queue", new Pages.Queue(pairs, filters, more));
    }

    private void timeline(Context ctx) {
        var timeline = timelines.timeline(ctx.pathParam("id"));
        render(ctx, "timeline.jte", "Timeline: " + timeline.topic().title(), "timeline:" + timeline.topic().id(),
                new Pages.TimelinePage(timeline.topic(), TimelineChart.of(timeline, new Names(services)), timeline.truncated()));
    }

    private void statement(Context ctx) {
        Statement s = services.statements().get(longId(ctx, "statement"));
        Names names = new Names(services);
        var speaker = names.speaker(s.speakerId());
        List<PairView> pairs = services.contradictions().list(new ContradictionFilter(null, null, s.id(), null, null,
                null, null, null, null, null), null, PAGE).items().stream().map(c -> PairView.of(c, services.statements(), names)).toList();
        String outlet = s.reportedById() == null ? null : names.sourceName(s.reportedById());
        render(ctx, "statement.jte", "Statement " + s.id(), "", new Pages.StatementPage(row(s, names),
                speaker.map(sp -> sp.title()).orElse(null), outlet, pairs));
    }

    private void source(Context ctx) {
        var source = services.sources().get(ctx.pathParam("id"));
        Names names = new Names(services);
        List<Pages.Row> statements = services.statements().list(new StatementFilter(null, source.id(), null, null, null, null, null),
                null, 100).items().stream().map(s -> row(s, names)).toList();
        List<PairView> self = pairs(new ContradictionFilter(null, source.id(), null, null, null, "same-source", null, null, null, null), names);
        self = new java.util.ArrayList<>(self);
        self.addAll(pairs(new ContradictionFilter(null, source.id(), null, null, null, "same-speaker", null, null, null, null), names));
        List<PairView> confirmed = pairs(new ContradictionFilter(null, source.id(), null, null, null, null, "confirmed", null, null, null), names);
        render(ctx, "source.jte", source.name(), "", new Pages.SourcePage(source, statements, self, confirmed));
    }

    private List<PairView> pairs(ContradictionFilter filter, Names names) {
        return services.contradictions().list(filter, null, PAGE).items().stream()
                .map(c -> PairView.of(c, services.statements(), names)).toList();
    }

    private void search(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        String q = params.string("q");
        Names names = new Names(services);
        Page<Statement> page = q == null || q.isBlank() ? new Page<>(List.of(), null)
                : services.statements().list(new StatementFilter(null, null, null, null, null, null, q.trim()), params.string("cursor"), PAGE);
        String more = page.nextCursor() == null ? null : Urls.with(ctx, "cursor", page.nextCursor());
        render(ctx, "search.jte", q == null ? "Search" : "Search: " + q, "search",
                new Pages.Search(q, page.items().stream().map(s -> row(s, names)).toList(), more));
    }

    private void dashboard(Context ctx) {
        var figures = stats.stats(null, null, null);
        List<BarChart> charts = List.of(BarChart.of("By status", figures.byStatus()), BarChart.of("By relation", figures.byRelation()),
                BarChart.of("By kind", figures.byKind()), BarChart.of("By scope", figures.byScope()));
        render(ctx, "dashboard.jte", "Dashboard", "dashboard", new Pages.Dashboard(figures, charts));
    }

    private void finding(Context ctx) {
        Contradiction c = services.contradictions().get(longId(ctx, "contradiction"));
        if (!"confirmed".equals(c.status()) && !sessions.viewer(sessions.of(ctx)).known()) {
            // published findings are public; pairs still under review are for signed-in users
            ctx.redirect("/signin?next=/findings/" + c.id(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        String jsonLd = "confirmed".equals(c.status()) ? claimReviews.jsonLd(c, Urls.base(ctx)) : null;
        render(ctx, "finding.jte", "Finding " + c.id(), "", new Pages.Finding(PairView.of(c, services.statements(), new Names(services)), jsonLd));
    }

    static Pages.Row row(Statement s, Names names) {
        return new Pages.Row(s, names.sourceName(s.sourceId()), names.speaker(s.speakerId()).map(sp -> sp.name()).orElse(null),
                DateText.describe(s.statedOn()));
    }

    private static long longId(Context ctx, String kind) {
        return io.claimwatch.web.Preconditions.longId(ctx, kind);
    }

    void render(Context ctx, String template, String title, String active, Object page) {
        Map<String, Object> model = new HashMap<>();
        model.put("chrome", chrome(ctx, title, active));
        model.put("page", page);
        ctx.render(template, model);
    }

    Chrome chrome(Context ctx, String title, String active) {
        Session session = sessions.of(ctx);
        Viewer viewer = sessions.viewer(session);
        return new Chrome(title, active, session.csrf(), viewer, session.signedIn() != null,
                viewer.known() ? services.topics().list(null, 20).items() : List.of(), htmx);
    }

    /** A page for signed-in users (everyone while the server has no keys); others are sent to sign in. */
    Handler page(Handler handler) {
        return open(ctx -> {
            Viewer viewer = sessions.viewer(sessions.of(ctx));
            if (!viewer.known()) {
                if (!"GET".equals(ctx.method().name())) {
                    throw new io.javalin.http.UnauthorizedResponse("sign in first");
                }
                ctx.redirect("/signin?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8),
                        io.javalin.http.HttpStatus.SEE_OTHER);
                return;
            }
            handler.handle(ctx);
        });
    }

    /** Console handlers answer errors with an HTML page, not problem+json, and every page gets the CSP. */
    Handler open(Handler handler) {
        return ctx -> {
            ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin");
            try {
                handler.handle(ctx);
            } catch (ApiProblem e) {
                problem(ctx, e.status(), e.getMessage());
            } catch (HttpResponseException e) {
                problem(ctx, e.getStatus(), e.getMessage());
            }
        };
    }

    private void problem(Context ctx, int status, String message) {
        ctx.status(status);
        render(ctx, "problem.jte", status == 404 ? "Not found" : "Cannot show this page", "", new Pages.Problem(status, message));
    }
}
