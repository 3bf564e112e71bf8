package io.claimwatch.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of a webjar on the classpath, so pages link /webjars/NAME/VERSION/... without hard-coding it. */
public final class Webjars {

    private Webjars() {
    }

    public static String version(String groupId, String artifactId) {
        Properties properties = new Properties();
        String path = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Webjars.class.getResourceAsStream(path)) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the " + artifactId + " webjar is missing from the classpath", e);
        }
        return properties.getProperty("version");
    }
}
