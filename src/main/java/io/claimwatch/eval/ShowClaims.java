package io.claimwatch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.TextAnalyzer;

/** Prints the claims read from each argument (said on 2020-01-01), as JSON, for tuning by eye. */
public final class ShowClaims {

    private ShowClaims() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String text : args) {
            System.out.println("== " + text);
            for (Claim claim : TextAnalyzer.shared().analyze(text, DateSpan.parse("2020-01-01"))) {
                System.out.println(json.writeValueAsString(claim) + "\n   keys=" + claim.keys());
            }
        }
    }
}
