package io.claimwatch.dataset;

import io.claimwatch.App;
import io.claimwatch.Database;
import io.claimwatch.Main.DbOptions;
import io.claimwatch.web.Json;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimwatch export --out FILE}: the dataset document, straight from the database. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store as one dataset JSON document (the format of GET /api/v1/export/dataset).")
public final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the document")
    Path out;

    @CommandLine.Mixin
    DbOptions db;

    @Override
    public Integer call() throws Exception {
        db.check(spec);
        try (Database database = Database.open(db.url, db.user, db.password, new SimpleMeterRegistry());
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
            Progress progress = TerminalProgress.forConsole();
            new DatasetService(database.dsl(), App.services(database), Json.newMapper()).export(file, progress);
            TerminalProgress.finish(progress);
        }
        System.err.println("wrote " + out);
        return 0;
    }
}
