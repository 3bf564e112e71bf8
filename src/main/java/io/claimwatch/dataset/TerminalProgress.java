package io.claimwatch.dataset;

import java.io.PrintStream;

/** A one-line progress bar on stderr, shown only when a person is watching a terminal. */
public final class TerminalProgress implements Progress {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private String section;

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    public static Progress forConsole() {
        return System.console() == null ? NONE : new TerminalProgress(System.err);
    }

    @Override
    public void step(String name, long done, long total) {
        if (section != null && !section.equals(name)) {
            out.println();
        }
        section = name;
        if (total > 0) {
            int filled = (int) (WIDTH * done / total);
            out.printf("\r%-15s [%s%s] %d/%d", name, "#".repeat(filled), ".".repeat(WIDTH - filled), done, total);
        } else {
            out.printf("\r%-15s %d", name, done);
        }
    }

    public static void finish(Progress progress) {
        if (progress instanceof TerminalProgress terminal && terminal.section != null) {
            terminal.out.println();
        }
    }
}
