package io.claimwatch.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code claimwatch worker} in a child JVM, so a test can run several at once or kill one with SIGKILL. */
public final class ChildWorker extends ChildJvm {

    private static final Pattern DETECTED = Pattern.compile("^detected (\\d+) statement\\(s\\)( so far)?$");

    private final AtomicLong detectedSoFar = new AtomicLong();
    private volatile Long detectedAtExit;
    private final List<String> output = new ArrayList<>();

    private ChildWorker(Process process) {
        super(process);
    }

    /** Starts a worker on {@code dbUrl}; {@code extra} are further flags such as --exit-when-empty. */
    public static ChildWorker start(String dbUrl, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("worker", "--db", dbUrl, "--progress-every", "50"));
        args.addAll(List.of(extra));
        ChildWorker worker = new ChildWorker(ChildJvm.start("256m", args));
        Thread reader = new Thread(worker::read, "child-worker-output");
        reader.setDaemon(true);
        reader.start();
        return worker;
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher m = DETECTED.matcher(line.trim());
                if (m.matches()) {
                    long n = Long.parseLong(m.group(1));
                    detectedSoFar.set(n);
                    if (m.group(2) == null) {
                        detectedAtExit = n;
                    }
                }
            }
        } catch (IOException e) {
            // killed
        }
    }

    /** Waits (bounded) until it has opened the database and started detecting. */
    public ChildWorker awaitReady(Duration deadline) throws InterruptedException {
        long until = System.nanoTime() + deadline.toNanos();
        while (!output().contains("worker detecting")) {
            if (System.nanoTime() > until || !process.isAlive()) {
                throw new IllegalStateException("worker did not start: " + output());
            }
            Thread.sleep(50);
        }
        return this;
    }

    /** How many statements it said it had detected, at its last progress line. */
    public long detectedSoFar() {
        return detectedSoFar.get();
    }

    /** Waits for it to exit by itself (--exit-when-empty) and returns the count it printed last. */
    public long awaitExit(Duration deadline) throws InterruptedException {
        if (!process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("worker did not finish within " + deadline + ": " + output());
        }
        return reportedAtExit();
    }

    private long reportedAtExit() throws InterruptedException {
        for (int i = 0; i < 100 && detectedAtExit == null; i++) {
            Thread.sleep(20); // the reader thread may still be reading the last line
        }
        if (detectedAtExit == null) {
            throw new IllegalStateException("worker printed no final count: " + output());
        }
        return detectedAtExit;
    }

    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }
}
