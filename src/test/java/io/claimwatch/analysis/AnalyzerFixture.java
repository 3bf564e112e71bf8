package io.claimwatch.analysis;

import java.util.List;

/** Helpers shared by the analysis tests: one analyzer, one reference date. */
final class AnalyzerFixture {

    static final DateSpan MONDAY_2021_03_15 = DateSpan.parse("2021-03-15");

    private AnalyzerFixture() {}

    static List<Claim> claims(String text) {
        return TextAnalyzer.shared().analyze(text, MONDAY_2021_03_15);
    }

    static Claim first(String text) {
        List<Claim> claims = claims(text);
        if (claims.isEmpty()) {
            throw new AssertionError("no claim read from: " + text);
        }
        return claims.get(0);
    }

    static Claim withPredicate(String text, String predicate) {
        return claims(text).stream().filter(c -> c.predicate().equals(predicate)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with predicate " + predicate + " in " + claims(text)));
    }
}
