package io.claimwatch.console;

/** Who is using the console: the name recorded as reviewer, and whether they may review. */
public record Viewer(String name, boolean canReview) {

    /**
     * Until sign-in exists the API lets anyone review, so the console does too, under a
     * fixed reviewer name; {@link Sessions} is the one place that decides who a session is.
     */
    public static final Viewer ANONYMOUS = new Viewer("console", true);
}
