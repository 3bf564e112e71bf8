package io.claimwatch.dataset;

import io.claimwatch.App;
import io.claimwatch.Database;
import io.claimwatch.Main.DbOptions;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Json;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.claimwatch.contradiction.DetectionWorkers;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimwatch import FILE}: a dataset document into the database, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a dataset JSON document (as written by export); all or nothing, idempotent. The document "
                + "is streamed (memory does not grow with it) and statements' claims are read again on every core.")
public final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the dataset document")
    Path file;

    @Option(names = "--dry-run", description = "report what would change, change nothing")
    boolean dryRun;

    @Option(names = "--detect", description = "also compare every imported (new or changed) statement with its "
            + "candidates, as a POST would; without it the contradictions are the document's")
    boolean detect;

    @CommandLine.Mixin
    DbOptions db;

    @Override
    public Integer call() throws Exception {
        db.check(spec);
        var mapper = Json.newMapper();
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService analysis = Executors.newFixedThreadPool(cores);
        try (Database database = Database.open(db.url, db.user, db.password, new SimpleMeterRegistry())) {
            Progress progress = TerminalProgress.forConsole();
            App.Services services = App.services(database);
            ImportReport report = new DatasetService(database.dsl(), services, mapper)
                    .importStream(() -> Files.newInputStream(file), dryRun, detect && !dryRun, analysis, progress);
            if (!dryRun) {
                // fresh plans for the detection below and the first POSTs: a bulk load leaves them stale
                new StatisticsRepository(database.dsl()).analyze();
            }
            if (detect && !dryRun) {
                new DetectionWorkers(services.contradictions(), cores, Duration.ZERO, true).start().join();
            }
            TerminalProgress.finish(progress);
            System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return 0;
        } catch (ApiProblem e) {
            System.err.println("claimwatch: import refused: " + e.getMessage()
                    + (e.errors().isEmpty() ? "" : " " + e.errors()));
            return 1;
        } finally {
            analysis.shutdownNow();
        }
    }
}
