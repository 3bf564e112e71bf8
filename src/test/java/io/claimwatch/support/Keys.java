package io.claimwatch.support;

import io.claimwatch.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** API keys made the way an operator makes them: through the {@code keys} command on the database. */
public final class Keys {

    private Keys() {
    }

    /** One run of the command line: exit code, standard output and standard error. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        var cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Creates a key and returns the token the command printed. */
    public static String create(String dbUrl, String name, String role) {
        Run run = run("keys", "create", "--name", name, "--role", role, "--db", dbUrl);
        if (run.exit() != 0) {
            throw new IllegalStateException("keys create failed: " + run.err());
        }
        return run.out().trim();
    }

    public static java.util.Map<String, String> bearer(String token) {
        return java.util.Map.of("Authorization", "Bearer " + token);
    }
}
