package io.claimwatch.detection;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import java.util.List;
/** One statement under comparison. */
record Side(StatementView view) {

    /**
     * The statement with first-person subjects resolved to who said it (see {@link FirstPerson}) and
     * the claims its events entail about states added (see {@link Inferences}).
     */
    static Side of(StatementView view) {
        List<Claim> claims = Inferences.expand(FirstPerson.resolve(view.label(), view.claims()));
        return new Side(new StatementView(view.label(), view.statedOn(), claims));
    }

    /** The time a claim is about: the date it names, else when it was said. */
    DateSpan about(Claim claim) {
        return claim.timeSpan().orElse(view.statedOn());
    }

    /** "Pentagon (Bill Urban) said on 2016-02-17 that "the talks have not yet begun"". */
    String said(Claim claim) {
        String text = claim.text() == null ? claim.predicate() : claim.text();
        return view.label() + " said " + Timeline.when(view.statedOn()) + " that \"" + text + "\"";
    }
}
