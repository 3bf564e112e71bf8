package io.claimwatch.analysis;

import java.util.List;

/**
 * A second reading of one sentence's claims, off unless {@code -Dclaimwatch.parser=clearnlp}
 * names one. The dependency-parse refiner lives only in the {@code parser-probe} Maven profile
 * (README "Parser decision"); the default build has none and reads claims unchanged.
 */
public interface ClaimRefiner {

    /** The claims of {@code sentence}, corrected where the refiner knows better. */
    List<Claim> refine(String sentence, List<Claim> claims);

    ClaimRefiner NONE = (sentence, claims) -> claims;

    static ClaimRefiner configured() {
        String name = System.getProperty("claimwatch.parser", "");
        if (name.isBlank() || name.equals("none")) {
            return NONE;
        }
        if (!name.equals("clearnlp")) {
            throw new IllegalStateException("unknown claimwatch.parser " + name + " (none or clearnlp)");
        }
        try {
            return (ClaimRefiner) Class.forName("io.claimwatch.analysis.DependencyRefiner").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("claimwatch.parser=clearnlp needs the parser-probe build and ClearNLP on the class path", e);
        }
    }
}
