package io.claimwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line fails fast and clearly on bad input, without starting anything. */
class MainTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpExplainsEverySetting() {
        Run help = run("serve", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--host", "--port", "--db", "--demo", "CLAIMWATCH_DB_URL", "CLAIMWATCH_PORT",
                "CLAIMWATCH_DB_USER", "CLAIMWATCH_DB_PASSWORD", "CLAIMWATCH_HOST");
    }

    @Test
    void unknownFlagsFailWithAMessage() {
        Run run = run("serve", "--prot", "8080");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option", "'--prot'");
    }

    @Test
    void unsupportedDatabaseUrlFailsFast() {
        Run run = run("serve", "--db", "jdbc:mysql://localhost/x");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unsupported database URL").doesNotContain("Exception");
    }

    @Test
    void portOutOfRangeFailsFast() {
        Run run = run("serve", "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--port");
    }

    @Test
    void unreachableDatabaseIsOneLineNotAStackTrace() {
        Run run = run("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("claimwatch: ").doesNotContain("\tat ");
    }

    @Test
    void unknownCommandsAndNoCommandExitNonZero() {
        assertThat(run("nosuch").exit()).isEqualTo(2);
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("keys").exit()).isEqualTo(2);
    }
}
