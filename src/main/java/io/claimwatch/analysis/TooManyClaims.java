package io.claimwatch.analysis;

/** A text yields more claims than the caller allows; analysis stopped there. */
public final class TooManyClaims extends RuntimeException {

    private final int limit;

    public TooManyClaims(int limit) {
        super("more than " + limit + " claims");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
