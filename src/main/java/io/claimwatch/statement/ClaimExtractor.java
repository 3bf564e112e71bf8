package io.claimwatch.statement;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import java.util.List;

/** Reads the claims out of a statement's text; the app plugs in the OpenNLP analyzer. */
@FunctionalInterface
public interface ClaimExtractor {

    List<Claim> extract(String text, DateSpan statedOn);
}
