package io.claimwatch.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server in a child JVM (the main class on this test run's class path), on 127.0.0.1 and
 * any free port, so a test can kill it with SIGKILL as an operator's crash would.
 */
public final class ChildServer extends ChildJvm {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START = Duration.ofSeconds(90);

    private final int port;

    private ChildServer(Process process, int port) {
        super(process);
        this.port = port;
    }

    /** Starts {@code serve} on {@code dbUrl} and waits (with a deadline) until it listens. */
    public static ChildServer start(String dbUrl) throws Exception {
        Process process = ChildJvm.start("384m", List.of("serve", "--host", "127.0.0.1", "--port", "0", "--db", dbUrl));
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            port.completeExceptionally(new IllegalStateException("the child server exited before listening"));
        }, "child-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ChildServer(process, port.get(START.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }
}
