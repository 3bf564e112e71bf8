package io.claimwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.eval.TsvRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden sentence of cases/claims.tsv: {@code sentence  statedOn  predicate  field=value; ...}.
 * Some claim of the sentence must have the predicate and every listed field. Fields: polarity,
 * modality, aspect, eventuality, passive, time, quantifier, subject (terms it contains, comma-separated),
 * arguments (likewise), quantity ("19 at_least people": value, bound, what it counts), claims (how many).
 */
class ClaimCasesTest {

    record Case(int line, String sentence, String statedOn, String predicate, Map<String, String> fields) {
        @Override
        public String toString() {
            return "line " + line + ": " + sentence + " -> " + predicate + " " + fields;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ClaimCasesTest.class.getResourceAsStream("/cases/claims.tsv")), StandardCharsets.UTF_8))) {
            for (TsvRows.Row row : TsvRows.read(reader)) {
                String[] f = row.fields();
                Map<String, String> fields = new LinkedHashMap<>();
                if (f.length > 3) {
                    for (String pair : f[3].split(";")) {
                        if (!pair.isBlank()) {
                            String[] kv = pair.split("=", 2);
                            fields.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
                        }
                    }
                }
                cases.add(new Case(row.line(), f[0].strip(), f[1].strip(), f[2].strip(), fields));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void claimHasTheExpectedFields(Case c) {
        List<Claim> claims = TextAnalyzer.shared().analyze(c.sentence(), DateSpan.parse(c.statedOn()));
        if (c.predicate().equals("-")) {
            assertThat(claims).as(c.toString()).isEmpty(); // the sentence asserts nothing
            return;
        }
        List<String> misses = new ArrayList<>();
        for (Claim claim : claims) {
            if (!claim.predicate().equals(c.predicate())) {
                continue;
            }
            List<String> wrong = wrongFields(claim, claims.size(), c.fields());
            if (wrong.isEmpty()) {
                return;
            }
            misses.add(wrong + " in " + claim);
        }
        throw new AssertionError(c + "\n got " + (misses.isEmpty() ? claims : misses));
    }

    private static List<String> wrongFields(Claim claim, int count, Map<String, String> fields) {
        List<String> wrong = new ArrayList<>();
        fields.forEach((field, want) -> {
            String got = switch (field) {
                case "polarity" -> claim.polarity().name();
                case "modality" -> claim.modality().name();
                case "aspect" -> claim.aspect().name();
                case "eventuality" -> claim.eventuality().name();
                case "passive" -> String.valueOf(claim.passive());
                case "time" -> String.valueOf(claim.time());
                case "quantifier" -> String.valueOf(claim.quantifier());
                case "claims" -> String.valueOf(count);
                case "subject" -> claim.subject().containsAll(List.of(want.split("\\s*,\\s*"))) ? want : String.valueOf(claim.subject());
                case "arguments" -> claim.arguments().containsAll(List.of(want.split("\\s*,\\s*"))) ? want : String.valueOf(claim.arguments());
                case "quantity" -> claim.quantities().stream().map(ClaimCasesTest::quantity).filter(want::equals).findFirst()
                        .orElse(claim.quantities().stream().map(ClaimCasesTest::quantity).toList().toString());
                default -> throw new IllegalArgumentException("unknown field " + field);
            };
            if (!got.equalsIgnoreCase(want)) {
                wrong.add(field + "=" + got + " (want " + want + ")");
            }
        });
        return wrong;
    }

    private static String quantity(Quantity q) {
        String value = q.value() == Math.rint(q.value()) ? String.valueOf((long) q.value()) : String.valueOf(q.value());
        return value + " " + q.bound().name().toLowerCase(Locale.ROOT) + " " + q.counts();
    }
}
