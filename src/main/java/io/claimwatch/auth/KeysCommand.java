package io.claimwatch.auth;

import io.claimwatch.Database;
import io.claimwatch.Main.DbOptions;
import io.claimwatch.web.ApiProblem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimwatch keys create|list|revoke}: API keys, managed against the database directly. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Manage API keys. Once a key exists, every request except /health and the docs needs one.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: create, list or revoke");
    }

    /** Runs {@code work} on the database, turning a refusal into one line and exit code 1. */
    static int withKeys(CommandLine.Model.CommandSpec spec, DbOptions db, Function<ApiKeys, Integer> work) {
        db.check(spec);
        try (Database database = Database.open(db.url, db.user, db.password, new SimpleMeterRegistry())) {
            return work.apply(new ApiKeys(database.dsl()));
        } catch (ApiProblem e) {
            spec.commandLine().getErr().println("claimwatch: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key and print its token, once: only its hash is stored.")
    static final class Create implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--name", required = true, description = "who holds the key; the reviewer of their decisions")
        String name;

        @Option(names = "--role", required = true, description = "reader, reviewer, editor or admin")
        String role;

        @CommandLine.Mixin
        DbOptions db;

        @Override
        public Integer call() {
            Role parsed = Role.ofKey(role);
            if (parsed == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--role must be reader, reviewer, editor or admin");
            }
            return withKeys(spec, db, keys -> {
                String token = keys.create(name, parsed);
                spec.commandLine().getOut().println(token);
                spec.commandLine().getErr().println("claimwatch: key '" + name + "' (" + parsed.json()
                        + ") created; the token above is shown only this once");
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys: name, role, created, revoked.")
    static final class ListKeys implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DbOptions db;

        @Override
        public Integer call() {
            return withKeys(spec, db, keys -> {
                for (ApiKey key : keys.list()) {
                    spec.commandLine().getOut().printf("%s\t%s\t%s\t%s%n", key.name(), key.role().json(), key.createdAt(),
                            key.active() ? "active" : "revoked " + key.revokedAt());
                }
                return 0;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a key at once; its name stays taken so review history stays unambiguous.")
    static final class Revoke implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--name", required = true, description = "the key to revoke")
        String name;

        @CommandLine.Mixin
        DbOptions db;

        @Override
        public Integer call() {
            return withKeys(spec, db, keys -> {
                keys.revoke(name);
                spec.commandLine().getErr().println("claimwatch: key '" + name + "' revoked");
                return 0;
            });
        }
    }
}
