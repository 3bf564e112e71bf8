package io.claimwatch.dataset;

import io.claimwatch.App;
import io.claimwatch.Database;
import io.claimwatch.Main.DbOptions;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Json;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimwatch import FILE}: a dataset document into the database, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a dataset JSON document (as written by export); all or nothing, idempotent.")
public final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the dataset document")
    Path file;

    @Option(names = "--dry-run", description = "report what would change, change nothing")
    boolean dryRun;

    @CommandLine.Mixin
    DbOptions db;

    @Override
    public Integer call() throws Exception {
        db.check(spec);
        var mapper = Json.newMapper();
        DatasetDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = mapper.readValue(in, DatasetDocument.class);
        }
        try (Database database = Database.open(db.url, db.user, db.password, new SimpleMeterRegistry())) {
            Progress progress = TerminalProgress.forConsole();
            ImportReport report = new DatasetService(database.dsl(), App.services(database), mapper)
                    .importDocument(doc, dryRun, progress);
            new StatisticsRepository(database.dsl()).analyze(); // fresh plans for the first POSTs after a bulk load
            TerminalProgress.finish(progress);
            System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return 0;
        } catch (ApiProblem e) {
            System.err.println("claimwatch: import refused: " + e.getMessage()
                    + (e.errors().isEmpty() ? "" : " " + e.errors()));
            return 1;
        }
    }
}
