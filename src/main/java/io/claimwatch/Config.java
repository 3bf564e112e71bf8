package io.claimwatch;

import java.util.List;

/** Everything the service needs to start, whatever set it (flags, environment, tests). */
public record Config(String host, int port, String dbUrl, String dbUser, String dbPassword, boolean demo,
                     List<String> corsOrigins) {

    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/claimwatch";

    public Config {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dbUrl, dbUser, dbPassword, demo, corsOrigins);
    }
}
