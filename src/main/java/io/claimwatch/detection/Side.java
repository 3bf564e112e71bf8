package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import java.util.List;
import java.util.Set;
/**
 * One statement under comparison. {@code doerLeftOut}: the inferred claims that dropped who did it
 * ("soldiers killed 12": 12 died), which never meet each other ("rebels killed 5": 5 died is about
 * other deaths); the stated claims, doers and all, meet instead.
 */
record Side(StatementView view, Set<Claim> doerLeftOut) {

    /**
     * The statement with first-person subjects resolved to who said it (see {@link FirstPerson}) and
     * the claims its events entail about states added (see {@link Inferences}).
     */
    static Side of(StatementView view) {
        Inferences.Expanded expanded = Inferences.expand(FirstPerson.resolve(view.label(), view.claims()));
        return new Side(new StatementView(view.label(), view.statedOn(), expanded.claims()), expanded.doerLeftOut());
    }

    /** Whether the two claims are both inferred without their doers, so say nothing of one event. */
    static boolean doersUnknown(Side x, Claim cx, Side y, Claim cy) {
        return x.doerLeftOut().contains(cx) && y.doerLeftOut().contains(cy);
    }

    /** The time a claim is about: the date it names, else when it was said (on to the end of a span it lasts). */
    DateSpan about(Claim claim) {
        return claim.timeSpan().orElseGet(() -> Lasting.from(view.statedOn(), claim));
    }

    /** "Pentagon (Bill Urban) said on 2016-02-17 that "the talks have not yet begun"". */
    String said(Claim claim) {
        String text = claim.text() == null ? claim.predicate() : claim.text();
        return view.label() + " said " + Timeline.when(view.statedOn()) + " that \"" + text + "\"";
    }
}
