package io.claimwatch.console;

/** Who is using the console: the name recorded as reviewer, their role, whether they may review and edit. */
public record Viewer(String name, String role, boolean canReview, boolean canEdit) {

    /** While the server has no API keys, anyone may review (as through the API), under this name. */
    public static final Viewer ANONYMOUS = new Viewer("console", "open server", true, true);

    /** Keys are required and this browser has not signed in. */
    public static final Viewer NOBODY = new Viewer(null, null, false, false);

    public boolean known() {
        return name != null;
    }
}
