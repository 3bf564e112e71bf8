package io.claimwatch.ingest;

import io.claimwatch.App;
import io.claimwatch.Database;
import io.claimwatch.Main.DbOptions;
import io.claimwatch.dataset.Progress;
import io.claimwatch.dataset.TerminalProgress;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.Json;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimwatch ingest FILE.ndjson}: a bulk load with detection, straight into the database. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load statements from an NDJSON file (the lines POST /statements/batch takes), analysing on every "
                + "core and detecting contradictions within the file and with the store; idempotent on externalId. "
                + "Exit code 3 when some lines were refused (each is listed on stderr).")
public final class IngestCommand implements Callable<Integer> {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "one statement per line, as JSON")
    Path file;

    @Option(names = "--threads", description = "texts analysed at once (default: the number of cores)")
    Integer threads;

    @Option(names = "--detect-threads", description = "statements compared at once (default: the number of cores)")
    Integer detectThreads;

    @Option(names = "--no-detect", description = "store and queue only: leave detection to `worker` processes")
    boolean noDetect;

    @CommandLine.Mixin
    DbOptions db;

    @Override
    public Integer call() throws Exception {
        db.check(spec);
        if (!Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file);
        }
        int analysisThreads = threads == null ? CORES : threads;
        int detecting = noDetect ? 0 : detectThreads == null ? CORES : detectThreads;
        if (analysisThreads < 1 || detecting < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        var mapper = Json.newMapper();
        try (Database database = Database.open(db.url, db.user, db.password, new SimpleMeterRegistry())) {
            Progress progress = TerminalProgress.forConsole();
            Ingest.Report report = new Ingest(database.dsl(), App.services(database), new Bodies(mapper))
                    .run(file, analysisThreads, detecting, progress, refused -> System.err.println("line " + refused.line()
                            + ": " + refused.problem().getMessage()));
            TerminalProgress.finish(progress);
            System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return report.invalid() == 0 ? 0 : 3;
        }
    }
}
