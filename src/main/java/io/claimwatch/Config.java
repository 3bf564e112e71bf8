package io.claimwatch;

import java.util.List;

/**
 * Everything the service needs to start, whatever set it (flags, environment, tests).
 * {@code metricsPort} null means /metrics is served only on the API port (behind a key once keys exist).
 */
public record Config(String host, int port, String dbUrl, String dbUser, String dbPassword, boolean demo,
                     List<String> corsOrigins, boolean publicRead, Integer metricsPort) {

    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/claimwatch";

    public Config {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }

    public Config(String host, int port, String dbUrl, String dbUser, String dbPassword, boolean demo,
                  List<String> corsOrigins) {
        this(host, port, dbUrl, dbUser, dbPassword, demo, corsOrigins, false, null);
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dbUrl, dbUser, dbPassword, demo, corsOrigins, publicRead, metricsPort);
    }

    public Config withAccess(boolean newPublicRead, Integer newMetricsPort) {
        return new Config(host, port, dbUrl, dbUser, dbPassword, demo, corsOrigins, newPublicRead, newMetricsPort);
    }
}
