package io.claimwatch.claimreview;

/** The organisation that publishes the findings: the author of every ClaimReview. */
public record Organisation(String name, String url) {

    public static final Organisation DEFAULT = new Organisation("Claimwatch", null);
}
