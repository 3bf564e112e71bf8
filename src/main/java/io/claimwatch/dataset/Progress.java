package io.claimwatch.dataset;

/** Told how far an import or export has got, for a progress bar on a terminal. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (section, done, total) -> { };

    /** {@code total} is -1 when not known in advance. */
    void step(String section, long done, long total);
}
