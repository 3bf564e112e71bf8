package io.claimwatch.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimwatch.web.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code claimwatch import} of a generated dataset of N statements in a child JVM capped at
 * -Xmx512m, with its resident memory sampled every 100 ms from /proc (Linux): peak RSS, time, exit code.
 */
final class ImportMemoryBench {

    private final String url;
    private final List<String> dbFlags;

    ImportMemoryBench(String url, List<String> dbFlags) {
        this.url = url;
        this.dbFlags = dbFlags;
    }

    void run(int statements, int topics) throws Exception {
        Path file = Files.createTempFile("claimwatch-dataset-", ".json");
        try {
            write(file, statements, topics);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = Path.of(ImportMemoryBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classPath, "io.claimwatch.Main",
                    "import", file.toString(), "--db", url));
            command.addAll(dbFlags);
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Thread drain = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    while (out.readLine() != null) {
                        // the report and logs: not needed, but the pipe must not fill
                    }
                } catch (java.io.IOException e) {
                    // gone
                }
            });
            drain.setDaemon(true);
            drain.start();
            long peak = 0;
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            while (process.isAlive()) {
                peak = Math.max(peak, rssKb(status));
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("import of %d statements (%.1f MB document) at -Xmx512m: exit %d in %.1f s (%.0f statements/s), "
                            + "peak RSS %d MB%n", statements, Files.size(file) / 1e6, process.exitValue(), seconds,
                    statements / seconds, peak / 1024);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long rssKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // exited between the check and the read
        }
        return 0;
    }

    /** A dataset document as export writes it, streamed to the file. */
    private static void write(Path file, int statements, int topics) throws Exception {
        String run = "m" + Long.toString(System.currentTimeMillis(), 36);
        String at = "2016-12-31T00:00:00Z";
        try (JsonGenerator json = Json.newMapper().getFactory().createGenerator(Files.newOutputStream(file))) {
            json.writeStartObject();
            json.writeNumberField("formatVersion", 1);
            json.writeArrayFieldStart("sources");
            for (String source : Statements.SOURCES) {
                json.writeStartObject();
                json.writeStringField("id", source + "-" + run);
                json.writeStringField("name", source);
                json.writeStringField("kind", "other");
                json.writeArrayFieldStart("aliases");
                json.writeEndArray();
                json.writeStringField("createdAt", at);
                json.writeStringField("updatedAt", at);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("topics");
            for (int t = 0; t < topics; t++) {
                json.writeStartObject();
                json.writeStringField("id", "t" + t + "-" + run);
                json.writeStringField("title", "Topic " + t);
                json.writeStringField("createdAt", at);
                json.writeStringField("updatedAt", at);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("statements");
            for (int i = 0; i < statements; i++) {
                String[] textAndDay = Statements.textAndDay(i);
                json.writeStartObject();
                json.writeNumberField("id", i + 1);
                json.writeStringField("text", textAndDay[0]);
                json.writeStringField("quote", "paraphrase");
                json.writeStringField("sourceId", Statements.SOURCES.get(i % Statements.SOURCES.size()) + "-" + run);
                json.writeStringField("statedOn", textAndDay[1]);
                json.writeArrayFieldStart("topicIds");
                json.writeString("t" + (i % topics) + "-" + run);
                json.writeEndArray();
                json.writeStringField("externalId", run + "-" + i);
                json.writeStringField("createdAt", at);
                json.writeStringField("updatedAt", at);
                json.writeNumberField("version", 1);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("contradictions");
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
