package io.claimwatch;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line entry point: {@code serve} runs the API; more subcommands sit beside it. */
@Command(name = "claimwatch", mixinStandardHelpOptions = true, version = "claimwatch 0.1.0",
        description = "Tracks dated statements from sources and flags the claims that contradict each other.",
        subcommands = {Main.Serve.class, io.claimwatch.eval.EvalCommand.class,
                io.claimwatch.dataset.ExportCommand.class, io.claimwatch.dataset.ImportCommand.class,
                io.claimwatch.bench.BenchCommand.class, io.claimwatch.reanalyze.ReanalyzeCommand.class,
                io.claimwatch.auth.KeysCommand.class, io.claimwatch.worker.WorkerCommand.class,
                io.claimwatch.ingest.IngestCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        // a failure the user can fix gets one line, not a stack trace
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("claimwatch: " + rootMessage(e));
            return 1;
        });
        return cli;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == e ? message : e.getMessage() + " (" + message + ")";
    }

    /** Database settings shared by every subcommand that opens the store. */
    public static final class DbOptions {
        @Option(names = "--db", paramLabel = "JDBC_URL",
                defaultValue = "${env:CLAIMWATCH_DB_URL:-" + Config.DEFAULT_DB_URL + "}",
                description = "JDBC URL: jdbc:h2:... or jdbc:postgresql://host:5432/db (env CLAIMWATCH_DB_URL; default ${DEFAULT-VALUE})")
        public String url;

        @Option(names = "--db-user", defaultValue = "${env:CLAIMWATCH_DB_USER}",
                description = "database user (env CLAIMWATCH_DB_USER)")
        public String user;

        @Option(names = "--db-password", defaultValue = "${env:CLAIMWATCH_DB_PASSWORD}",
                description = "database password (env CLAIMWATCH_DB_PASSWORD)")
        public String password;

        public void check(CommandLine.Model.CommandSpec spec) {
            try {
                Database.dialectOf(url);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Start the HTTP API (migrating the database first) with an in-process detection worker.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--host", defaultValue = "${env:CLAIMWATCH_HOST:-127.0.0.1}",
                description = "address to listen on (env CLAIMWATCH_HOST; default ${DEFAULT-VALUE})")
        String host;

        @Option(names = "--port", defaultValue = "${env:CLAIMWATCH_PORT:-7070}",
                description = "port to listen on, 0 for any free one (env CLAIMWATCH_PORT; default ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--demo", description = "load the THAAD demo statements (loading twice changes nothing)")
        boolean demo;

        @Option(names = "--cors-origins", split = ",", paramLabel = "ORIGIN",
                defaultValue = "${env:CLAIMWATCH_CORS_ORIGINS}",
                description = "origins browsers may call the API from, comma-separated, or * for any "
                        + "(env CLAIMWATCH_CORS_ORIGINS; default none)")
        List<String> corsOrigins;

        @Option(names = "--public-read", defaultValue = "${env:CLAIMWATCH_PUBLIC_READ:-false}",
                description = "let anonymous callers GET the API once keys exist (env CLAIMWATCH_PUBLIC_READ)")
        boolean publicRead;

        @Option(names = "--metrics-port", defaultValue = "${env:CLAIMWATCH_METRICS_PORT}",
                description = "also serve /metrics without a key on this port (env CLAIMWATCH_METRICS_PORT; default none)")
        Integer metricsPort;

        @Option(names = "--org-name", defaultValue = "${env:CLAIMWATCH_ORG_NAME:-Claimwatch}",
                description = "organisation named as author of published ClaimReview findings (env CLAIMWATCH_ORG_NAME; default ${DEFAULT-VALUE})")
        String orgName;

        @Option(names = "--org-url", defaultValue = "${env:CLAIMWATCH_ORG_URL}",
                description = "that organisation's web site (env CLAIMWATCH_ORG_URL; default none)")
        String orgUrl;

        @CommandLine.Mixin
        DbOptions db;

        @CommandLine.Mixin
        LimitOptions limits;

        @Override
        public Integer call() throws InterruptedException {
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
            }
            if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--metrics-port must be from 0 to 65535");
            }
            db.check(spec);
            Limits bounds;
            try {
                bounds = limits.toLimits();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            App app = App.start(new Config(host, port, db.url, db.user, db.password, demo,
                    corsOrigins == null ? List.of() : corsOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList())
                    .withAccess(publicRead, metricsPort)
                    .withOrg(new io.claimwatch.claimreview.Organisation(orgName, orgUrl)), bounds);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.close();
                stopped.countDown();
            }));
            System.out.printf("Claimwatch listening on http://%s:%d (API docs at /docs)%n", host, app.port());
            stopped.await();
            return 0;
        }
    }
}
