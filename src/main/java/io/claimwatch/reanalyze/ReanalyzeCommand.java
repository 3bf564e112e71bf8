package io.claimwatch.reanalyze;

import io.claimwatch.App;
import io.claimwatch.Database;
import io.claimwatch.Main.DbOptions;
import io.claimwatch.dataset.Progress;
import io.claimwatch.dataset.TerminalProgress;
import io.claimwatch.web.ApiProblem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimwatch reanalyze}: read every stored statement again and re-run detection, against the database. */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
        description = "Read the claims of every stored statement again and re-run detection: pairs found again keep "
                + "their ids, pairs no longer found are withdrawn.")
public final class ReanalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--topic", paramLabel = "ID", description = "only the statements filed under this topic")
    String topic;

    @Option(names = "--only-outdated", description = "skip statements whose claims and comparisons come from the current "
            + "analyzer and detector versions")
    boolean onlyOutdated;

    @CommandLine.Mixin
    DbOptions db;

    @Override
    public Integer call() {
        db.check(spec);
        try (Database database = Database.open(db.url, db.user, db.password, new SimpleMeterRegistry())) {
            App.Services services = App.services(database);
            ReanalyzeService service = new ReanalyzeService(database.dsl(), services.statements(), services.contradictions());
            ReanalyzeService.Request request = new ReanalyzeService.Request(topic, onlyOutdated);
            service.validate(request);
            Progress progress = TerminalProgress.forConsole();
            ReanalyzeService.Report report = service.run(request, progress);
            TerminalProgress.finish(progress);
            System.out.printf("re-analysed %d of %d statements (%d up to date, skipped)%n",
                    report.reanalyzed(), report.total(), report.skipped());
            return 0;
        } catch (ApiProblem e) {
            System.err.println("claimwatch: reanalyze refused: " + e.getMessage());
            return 1;
        }
    }
}
