package io.claimwatch.contradiction;

/** A pair of statements as the contradiction table keys it: the lower id first. */
record PairKey(long a, long b) implements Comparable<PairKey> {

    static PairKey of(long first, long second) {
        return new PairKey(Math.min(first, second), Math.max(first, second));
    }

    long other(long statementId) {
        return a == statementId ? b : a;
    }

    @Override
    public int compareTo(PairKey o) {
        return a != o.a ? Long.compare(a, o.a) : Long.compare(b, o.b);
    }
}
