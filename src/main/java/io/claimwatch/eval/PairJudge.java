package io.claimwatch.eval;

/** Anything that can say whether two texts, said on the same day by different sources, conflict. */
public interface PairJudge {

    boolean conflict(String premise, String hypothesis);
}
