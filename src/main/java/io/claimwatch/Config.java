package io.claimwatch;

import io.claimwatch.claimreview.Organisation;
import java.util.List;

/** Everything the service needs to start, whatever set it (flags, environment, tests). */
public record Config(String host, int port, String dbUrl, String dbUser, String dbPassword, boolean demo,
                     List<String> corsOrigins, Organisation org) {

    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/claimwatch";

    public Config {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        org = org == null ? Organisation.DEFAULT : org;
    }

    public Config(String host, int port, String dbUrl, String dbUser, String dbPassword, boolean demo,
                  List<String> corsOrigins) {
        this(host, port, dbUrl, dbUser, dbPassword, demo, corsOrigins, null);
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dbUrl, dbUser, dbPassword, demo, corsOrigins, org);
    }
}
