package io.claimwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.Main;
import io.claimwatch.demo.DemoData;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export and import commands work on the database directly, with the same document as the API. */
class DatasetCliTest extends ApiTest {

    private static int run(String... args) {
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private static JsonNode read(Path file) throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        doc.remove("exportedAt");
        return doc;
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSameDocument(@TempDir Path dir) throws Exception {
        DemoData.load(app.services());
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertThat(run("export", "--out", first.toString(), "--db", databaseUrl())).isZero();
        assertThat(read(first).get("statements")).hasSize(6);

        try (TestDatabase.Fresh empty = db.fresh()) {
            assertThat(run("import", first.toString(), "--dry-run", "--db", empty.url())).isZero();
            assertThat(run("export", "--out", second.toString(), "--db", empty.url())).isZero();
            assertThat(read(second).get("statements")).as("a dry run stores nothing").isEmpty();

            assertThat(run("import", first.toString(), "--db", empty.url())).isZero();
            assertThat(run("export", "--out", second.toString(), "--db", empty.url())).isZero();
            assertThat(read(second)).isEqualTo(read(first));
        }
    }

    @Test
    void aBrokenDocumentIsRefusedWithAnExitCode(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"statements\": [{\"id\": 1, \"text\": \"x\", \"sourceId\": \"nobody\", \"statedOn\": \"2016\"}]}");
        try (TestDatabase.Fresh empty = db.fresh()) {
            assertThat(run("import", broken.toString(), "--db", empty.url())).isEqualTo(1);
        }
    }
}
