package io.claimwatch;

import io.claimwatch.claimreview.Organisation;
import java.util.List;

/**
 * Everything the service needs to start, whatever set it (flags, environment, tests).
 * {@code metricsPort} null means /metrics is served only on the API port (behind a key once keys exist).
 */
public record Config(String host, int port, String dbUrl, String dbUser, String dbPassword, boolean demo,
                     List<String> corsOrigins, boolean publicRead, Integer metricsPort, Organisation org) {

    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/claimwatch";

    public Config {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        org = org == null ? Organisation.DEFAULT : org;
    }

    public Config(String host, int port, String dbUrl, String dbUser, String dbPassword, boolean demo,
                  List<String> corsOrigins) {
        this(host, port, dbUrl, dbUser, dbPassword, demo, corsOrigins, false, null, null);
    }

    public Config(String host, int port, String dbUrl, String dbUser, String dbPassword, boolean demo,
                  List<String> corsOrigins, boolean publicRead, Integer metricsPort) {
        this(host, port, dbUrl, dbUser, dbPassword, demo, corsOrigins, publicRead, metricsPort, null);
    }

    public Config withOrg(Organisation newOrg) {
        return new Config(host, port, dbUrl, dbUser, dbPassword, demo, corsOrigins, publicRead, metricsPort, newOrg);
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dbUrl, dbUser, dbPassword, demo, corsOrigins, publicRead, metricsPort, org);
    }

    public Config withAccess(boolean newPublicRead, Integer newMetricsPort) {
        return new Config(host, port, dbUrl, dbUser, dbPassword, demo, corsOrigins, newPublicRead, newMetricsPort, org);
    }
}
