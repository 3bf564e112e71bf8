package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;

/**
 * One way two statements can clash. Every rule is listed in {@link Rules#all}; the detector runs
 * them all and keeps the strongest verdict. A rule that finds nothing says why it declined, so a
 * fact-checker can see why a pair was not flagged.
 */
interface Rule {

    /** A short stable name: "negation", "antonym", ... */
    String name();

    /** The statements in the detector's fixed order (oldest first). */
    Finding apply(Side x, Side y);

    /** A rule about two claims, one of each statement: tried on every pair of claims, best result kept. */
    interface ClaimPair extends Rule {

        Finding apply(Side x, Claim cx, Side y, Claim cy);

        @Override
        default Finding apply(Side x, Side y) {
            Finding best = Finding.declined(-1, "no claims to compare");
            for (Claim cx : x.view().claims()) {
                for (Claim cy : y.view().claims()) {
                    if (Side.doersUnknown(x, cx, y, cy)) {
                        continue; // "soldiers killed 12" / "rebels killed 5": not one event's dead
                    }
                    best = Finding.better(best, apply(x, cx, y, cy));
                }
            }
            return best;
        }
    }

    /** A rule with a direction (the denial and the assertion): tried both ways round. */
    interface Directed extends ClaimPair {

        /** {@code n} holds the claim the rule reads first (the denial), {@code p} the other. */
        Finding directed(Side n, Claim cn, Side p, Claim cp);

        @Override
        default Finding apply(Side x, Claim cx, Side y, Claim cy) {
            return Finding.better(directed(x, cx, y, cy), directed(y, cy, x, cx));
        }
    }
}
