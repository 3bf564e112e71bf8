package io.claimwatch.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A claimwatch command in a child JVM (the main class on this test run's class path), stopped or killed by the test. */
public abstract class ChildJvm implements AutoCloseable {

    protected final Process process;

    protected ChildJvm(Process process) {
        this.process = process;
    }

    /** Starts {@code claimwatch ARGS} with a small heap and a quick-starting JIT; output and errors in one stream. */
    static Process start(String heap, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.claimwatch.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed; what it was doing is left to the database to roll back. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM: shutdown hooks run), a SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill9();
        }
    }
}
