package io.claimwatch.worker;

import io.claimwatch.App;
import io.claimwatch.Database;
import io.claimwatch.Main.DbOptions;
import io.claimwatch.contradiction.DetectionWorkers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimwatch worker}: a process that only drains the detection queue. Run as many as you
 * like, on as many machines, against one PostgreSQL; each queued statement is detected by one of them.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Detect queued statements (stored with wait=false, by a bulk ingest, or left by a crash); "
                + "any number of workers may share one PostgreSQL database.")
public final class WorkerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--threads", defaultValue = "1", description = "statements detected at once (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--exit-when-empty", description = "stop once nothing is left to take, instead of waiting for more")
    boolean exitWhenEmpty;

    @Option(names = "--progress-every", paramLabel = "MILLIS", defaultValue = "10000",
            description = "print how many statements were detected so far this often, when it changed (default ${DEFAULT-VALUE})")
    long progressEvery;

    @CommandLine.Mixin
    DbOptions db;

    @Override
    public Integer call() throws InterruptedException {
        db.check(spec);
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        try (Database database = Database.open(db.url, db.user, db.password, new SimpleMeterRegistry())) {
            DetectionWorkers workers = new DetectionWorkers(App.services(database).contradictions(), threads,
                    Duration.ZERO, exitWhenEmpty);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                workers.close();
                // said here: once the hooks are done the JVM halts, whatever the main thread is doing
                System.out.printf("detected %d statement(s)%n", workers.detected());
                stopped.countDown();
            });
            Runtime.getRuntime().addShutdownHook(hook);
            workers.start();
            System.out.printf("Claimwatch worker detecting with %d thread(s)%n", threads);
            Thread progress = progress(workers);
            if (exitWhenEmpty) {
                workers.join();
                if (Runtime.getRuntime().removeShutdownHook(hook)) {
                    progress.interrupt();
                    System.out.printf("detected %d statement(s)%n", workers.detected());
                }
            } else {
                stopped.await();
            }
        }
        return 0;
    }

    private Thread progress(DetectionWorkers workers) {
        Thread thread = new Thread(() -> {
            long shown = 0;
            try {
                while (true) {
                    Thread.sleep(Math.max(10, progressEvery));
                    long now = workers.detected();
                    if (now != shown) {
                        System.out.printf("detected %d statement(s) so far%n", now);
                        shown = now;
                    }
                }
            } catch (InterruptedException e) {
                // done
            }
        }, "worker-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
