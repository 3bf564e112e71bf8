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

    @Test
    void importWithDetectFindsTheContradictionsTheDocumentLacks(@TempDir Path dir) throws Exception {
        // statements before their source and topic: the import writes sections in dependency order anyway
        Path doc = dir.resolve("undetected.json");
        String statement = "{\"id\": %d, \"text\": \"%s\", \"quote\": \"paraphrase\", \"sourceId\": \"mint\", \"statedOn\": \"2016-05-02\", "
                + "\"topicIds\": [\"quarry\"], \"createdAt\": \"2016-05-02T10:00:00Z\", \"updatedAt\": \"2016-05-02T10:00:00Z\", \"version\": 1}";
        Files.writeString(doc, "{\"statements\": [" + String.format(statement, 1, "The quarry strike has begun.") + ", "
                + String.format(statement, 2, "The quarry strike has not begun.") + "], "
                + "\"topics\": [{\"id\": \"quarry\", \"title\": \"Quarry\", \"createdAt\": \"2016-05-01T00:00:00Z\", \"updatedAt\": \"2016-05-01T00:00:00Z\"}], "
                + "\"sources\": [{\"id\": \"mint\", \"name\": \"Mint\", \"kind\": \"government\", \"aliases\": [], \"createdAt\": \"2016-05-01T00:00:00Z\", \"updatedAt\": \"2016-05-01T00:00:00Z\"}], "
                + "\"formatVersion\": 1}");
        try (TestDatabase.Fresh empty = db.fresh()) {
            Path out = dir.resolve("out.json");
            assertThat(run("import", doc.toString(), "--db", empty.url())).isZero();
            assertThat(run("export", "--out", out.toString(), "--db", empty.url())).isZero();
            assertThat(read(out).get("statements")).hasSize(2);
            assertThat(read(out).get("contradictions")).as("without --detect the document's contradictions (none)").isEmpty();

            assertThat(run("import", doc.toString(), "--detect", "--db", empty.url())).isZero();
            assertThat(run("export", "--out", out.toString(), "--db", empty.url())).as("unchanged statements are not queued").isZero();
            assertThat(read(out).get("contradictions")).isEmpty();
        }
        try (TestDatabase.Fresh empty = db.fresh()) {
            Path out = dir.resolve("detected.json");
            assertThat(run("import", doc.toString(), "--detect", "--db", empty.url())).isZero();
            assertThat(run("export", "--out", out.toString(), "--db", empty.url())).isZero();
            assertThat(read(out).get("contradictions")).hasSize(1);
            assertThat(read(out).at("/contradictions/0/statementIds").toString()).isEqualTo("[1,2]");
        }
    }

    @Test
    void aWrongTypeDeepInTheDocumentNamesItsRecord(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("typed.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"sources\": [], \"statements\": [{\"id\": \"one\"}]}");
        var err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(stderr));
        try (TestDatabase.Fresh empty = db.fresh()) {
            assertThat(cli.execute("import", broken.toString(), "--db", empty.url())).isEqualTo(1);
        } finally {
            System.setErr(before);
        }
        assertThat(stderr.toString()).contains("statements[0].id");
    }
}
