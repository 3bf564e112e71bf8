package io.claimwatch;

import io.claimwatch.analysis.TextAnalyzer;
import io.claimwatch.analyze.AnalysisPool;
import io.claimwatch.analyze.AnalyzeRoutes;
import io.claimwatch.article.ArticleRoutes;
import io.claimwatch.article.ArticleService;
import io.claimwatch.auth.ApiKeys;
import io.claimwatch.auth.Guard;
import io.claimwatch.auth.Role;
import io.claimwatch.compare.CompareRoutes;
import io.claimwatch.compare.CompareService;
import io.claimwatch.catalog.CatalogRoutes;
import io.claimwatch.claimreview.ClaimReviewRoutes;
import io.claimwatch.claimreview.ClaimReviewService;
import io.claimwatch.console.ConsoleRoutes;
import io.claimwatch.console.JteRenderer;
import io.claimwatch.console.KeyCheck;
import io.claimwatch.console.Viewer;
import io.claimwatch.console.Sessions;
import io.claimwatch.catalog.CatalogService;
import io.claimwatch.contradiction.CandidatePicker;
import io.claimwatch.contradiction.CheckRoutes;
import io.claimwatch.contradiction.ContradictionRoutes;
import io.claimwatch.contradiction.ContradictionService;
import io.claimwatch.contradiction.DetectionWorkers;
import io.claimwatch.dataset.DatasetRoutes;
import io.claimwatch.dataset.DatasetService;
import io.claimwatch.demo.DemoData;
import io.claimwatch.detection.Detector;
import io.claimwatch.event.EventHub;
import io.claimwatch.event.EventRepository;
import io.claimwatch.event.EventRoutes;
import io.claimwatch.export.ExportRoutes;
import io.claimwatch.export.ExportService;
import io.claimwatch.metrics.AppMetrics;
import io.claimwatch.reanalyze.ReanalyzeJobs;
import io.claimwatch.reanalyze.ReanalyzeRoutes;
import io.claimwatch.reanalyze.ReanalyzeService;
import io.claimwatch.source.Source;
import io.claimwatch.source.SourceInput;
import io.claimwatch.source.SourceRepository;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.speaker.SpeakerInput;
import io.claimwatch.speaker.SpeakerRepository;
import io.claimwatch.statement.ClaimExtractor;
import io.claimwatch.statement.StatementBatch;
import io.claimwatch.statement.StatementBatchRoutes;
import io.claimwatch.statement.StatementRoutes;
import io.claimwatch.statement.StatementService;
import io.claimwatch.stats.StatsRoutes;
import io.claimwatch.stats.StatsService;
import io.claimwatch.timeline.TimelineRoutes;
import io.claimwatch.timeline.TimelineService;
import io.claimwatch.topic.Topic;
import io.claimwatch.topic.TopicInput;
import io.claimwatch.topic.TopicRepository;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.Conventions;
import io.claimwatch.web.JettyProblems;
import io.claimwatch.web.Json;
import io.claimwatch.web.MetricsServer;
import io.claimwatch.web.OpsRoutes;
import io.claimwatch.web.ProblemHandlers;
import io.claimwatch.web.RateLimits;
import io.claimwatch.web.ReadCache;
import io.claimwatch.web.ServerLimits;
import io.claimwatch.web.RequestMetrics;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.jooq.DSLContext;

/** Composition root: config, then database, then services, then the HTTP routes, all listed here. */
public final class App implements AutoCloseable {

    /** The largest body the server reads at all: a dataset import. Other routes allow {@link Bodies#MAX_BYTES}. */
    public static final long MAX_IMPORT_BYTES = 512L * 1024 * 1024;
    /** Memory for the answers of the busiest reads (see {@link ReadCache}). */
    private static final long READ_CACHE_BYTES = 32L * 1024 * 1024;
    /** The in-process worker leaves a statement this young to the POST that is about to detect it. */
    private static final java.time.Duration DETECTION_GRACE = java.time.Duration.ofSeconds(1);

    private final Database database;
    private final Services services;
    private final EventHub events;
    private final Javalin javalin;
    private final MetricsServer metricsServer;
    /** Null with --no-worker. */
    private final DetectionWorkers workers;
    private final ReanalyzeJobs reanalyzeJobs;
    private final AnalysisPool analysis;

    private App(Database database, Services services, EventHub events, Javalin javalin, MetricsServer metricsServer,
                DetectionWorkers workers, ReanalyzeJobs reanalyzeJobs, AnalysisPool analysis) {
        this.database = database;
        this.services = services;
        this.events = events;
        this.javalin = javalin;
        this.metricsServer = metricsServer;
        this.workers = workers;
        this.reanalyzeJobs = reanalyzeJobs;
        this.analysis = analysis;
    }

    /** The services behind the routes, also used by the CLI (demo data, eval). */
    public record Services(CatalogService<SourceInput, Source> sources, CatalogService<SpeakerInput, Speaker> speakers,
                           CatalogService<TopicInput, Topic> topics, StatementService statements,
                           ContradictionService contradictions, ClaimExtractor extractor, ArticleService articles) {
    }

    public static App start(Config config) {
        return start(config, Limits.defaults());
    }

    public static App start(Config config, Limits limits) {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), metrics);
        AnalysisPool analysis = new AnalysisPool(TextAnalyzer.shared()::analyze, limits.analysisThreads(),
                limits.analysisQueue(), limits.maxClaims(), limits.analysisTimeout(), metrics);
        try {
            ApiKeys keys = new ApiKeys(database.dsl());
            Guard.refuseOpenNetwork(config.host(), keys);
            Services services = services(database, analysis, metrics, limits.candidates());
            StatsService stats = new StatsService(database.dsl(), limits.statsRefresh());
            services.statements().addListener(stats);
            AppMetrics.bind(database.dsl(), metrics);
            if (config.demo()) {
                DemoData.load(services);
            }
            Bodies bodies = new Bodies(Json.newMapper());
            EventHub events = new EventHub(database.dsl(), new EventHub.Settings(limits.streamsPerClient(),
                    limits.streamQueue(), limits.idleTimeout().dividedBy(3)), metrics);
            RequestMetrics requestMetrics = new RequestMetrics(metrics);
            ReanalyzeJobs reanalyzeJobs = new ReanalyzeJobs(
                    new ReanalyzeService(database.dsl(), services.statements(), services.contradictions()));
            Javalin javalin = Javalin.create(cfg -> {
                cfg.jsonMapper(new JavalinJackson(bodies.mapper(), false));
                cfg.http.maxRequestSize = MAX_IMPORT_BYTES;
                cfg.http.prefer405over404 = true; // a known path with another method: 405 with Allow
                cfg.jetty.host = config.host();
                cfg.jetty.port = config.port();
                ServerLimits.apply(cfg, config.host(), config.port(), limits, bodies.mapper());
                cfg.startup.showJavalinBanner = false;
                cfg.staticFiles.enableWebjars();
                cfg.staticFiles.add(sf -> {
                    sf.hostedPath = "/assets";
                    sf.directory = "/console/assets";
                    sf.location = io.javalin.http.staticfiles.Location.CLASSPATH;
                });
                cfg.fileRenderer(new JteRenderer());
                cfg.requestLogger.http((ctx, millis) -> {
                    requestMetrics.record(ctx, millis);
                    Conventions.log(ctx, millis);
                });
                Conventions.register(cfg); // request id, nosniff, strict URLs, strong ETags and 304s
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
                cors(cfg, config.corsOrigins());
                ProblemHandlers.register(cfg);
                new Guard(keys, config.publicRead()).register(cfg);
                new RateLimits(limits.ratePerSecond(), limits.rateBurst()).register(cfg.routes);
                ReadCache reads = new ReadCache(new EventRepository(database.dsl())::newestId, READ_CACHE_BYTES);
                reads.register(cfg.routes);
                routes(cfg.routes, services, bodies, new OpsRoutes(database, metrics), events,
                        database.dsl(), stats, reads);
                new ReanalyzeRoutes(reanalyzeJobs).register(cfg.routes);
                var claimReviews = new ClaimReviewService(services, config.org(), bodies.mapper());
                new ClaimReviewRoutes(claimReviews).register(cfg.routes);
                new ConsoleRoutes(services, new TimelineService(database.dsl()), stats,
                        claimReviews, events, new Sessions(consoleKeys(keys))).register(cfg.routes);
            });
            Conventions.addHeadRoutes(javalin.unsafe.internalRouter);
            javalin.start();
            events.start();
            DetectionWorkers workers = limits.workerThreads() == 0 ? null : new DetectionWorkers(services.contradictions(),
                    limits.workerThreads(), DETECTION_GRACE, false).start();
            MetricsServer metricsServer = config.metricsPort() == null ? null
                    : new MetricsServer(config.host(), config.metricsPort(), metrics);
            return new App(database, services, events, javalin, metricsServer, workers, reanalyzeJobs, analysis);
        } catch (RuntimeException e) {
            analysis.close();
            database.close();
            throw e;
        }
    }

    /** The console signs people in with the API's keys: the key's name reviews, a reviewer's role or better may. */
    private static KeyCheck consoleKeys(ApiKeys keys) {
        return new KeyCheck() {
            @Override
            public boolean required() {
                return keys.secured();
            }

            @Override
            public java.util.Optional<Viewer> viewer(String key) {
                return keys.authenticate(key).map(k -> new Viewer(k.name(), k.role().json(),
                        k.role().covers(Role.REVIEWER), k.role().covers(Role.EDITOR)));
            }
        };
    }

    /** Browser dashboards on other origins may call the API; "*" allows any origin. */
    private static void cors(JavalinConfig cfg, List<String> origins) {
        if (origins.isEmpty()) {
            return;
        }
        cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            if (origins.contains("*")) {
                rule.anyHost();
            } else {
                rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
            }
            rule.exposeHeader("ETag");
            rule.exposeHeader("Location");
        }));
    }

    public static Services services(Database database) {
        // the models load on first use: a detection worker never reads a text
        return services(database, (text, statedOn) -> TextAnalyzer.shared().analyze(text, statedOn), new SimpleMeterRegistry());
    }

    /** The services with {@code extractor} reading claims (the server bounds it; the CLI does not), timed in {@code metrics}. */
    public static Services services(Database database, ClaimExtractor extractor, MeterRegistry metrics) {
        return services(database, extractor, metrics, CandidatePicker.DEFAULT);
    }

    /** As above, with detection comparing each statement with the candidates {@code picker} chooses. */
    public static Services services(Database database, ClaimExtractor extractor, MeterRegistry metrics,
                                    CandidatePicker picker) {
        var dsl = database.dsl();
        ClaimExtractor timed = AppMetrics.timed(extractor, metrics);
        StatementService statements = new StatementService(dsl, timed);
        ContradictionService contradictions = new ContradictionService(dsl, new Detector(), picker, metrics);
        statements.addListener(contradictions);
        CatalogService<SourceInput, Source> sources = new CatalogService<>("source", dsl, SourceRepository::new);
        CatalogService<SpeakerInput, Speaker> speakers = new CatalogService<>("speaker", dsl, SpeakerRepository::new);
        return new Services(sources, speakers,
                new CatalogService<>("topic", dsl, TopicRepository::new),
                statements, contradictions, timed, new ArticleService(dsl, statements, sources, speakers));
    }

    /** Every route of the service. */
    private static void routes(RoutesConfig routes, Services services, Bodies bodies, OpsRoutes ops, EventHub events,
                               DSLContext dsl, StatsService stats, ReadCache reads) {
        ops.register(routes);
        new CatalogRoutes<>("/api/v1/sources", SourceInput.class, services.sources(), bodies).register(routes);
        new CatalogRoutes<>("/api/v1/speakers", SpeakerInput.class, services.speakers(), bodies).register(routes);
        new CatalogRoutes<>("/api/v1/topics", TopicInput.class, services.topics(), bodies).register(routes);
        new StatementRoutes(services.statements(), bodies, reads).register(routes);
        new StatementBatchRoutes(new StatementBatch(dsl, services.statements(), services.extractor(), bodies), bodies,
                id -> services.contradictions().detect(id, true)).register(routes);
        new ContradictionRoutes(services.contradictions(), bodies, reads).register(routes);
        new AnalyzeRoutes(services.extractor(), bodies).register(routes);
        new EventRoutes(events).register(routes);
        new TimelineRoutes(new TimelineService(dsl), reads).register(routes);
        new StatsRoutes(stats, reads).register(routes);
        new ExportRoutes(new ExportService(services.statements(), services.contradictions(), bodies.mapper())).register(routes);
        new DatasetRoutes(new DatasetService(dsl, services, bodies.mapper()), bodies).register(routes);
        new CheckRoutes(services.contradictions(), services.extractor(), services.sources()::get,
                services.speakers()::get, services.topics()::get, bodies).register(routes);
        new CompareRoutes(new CompareService(new Detector(), services.extractor(), services.statements()::get,
                services.sources()::get, services.speakers()::get), bodies).register(routes);
        new ArticleRoutes(services.articles(), bodies).register(routes);
    }

    public int port() {
        return javalin.port();
    }

    public Services services() {
        return services;
    }

    public Javalin javalin() {
        return javalin;
    }

    /** The port of --metrics-port (useful when it was 0), or -1 when there is none. */
    public int metricsPort() {
        return metricsServer == null ? -1 : metricsServer.port();
    }

    @Override
    public void close() {
        if (metricsServer != null) {
            metricsServer.close();
        }
        reanalyzeJobs.close();
        if (workers != null) {
            workers.close();
        }
        events.close();
        javalin.stop();
        analysis.close();
        database.close();
    }
}
