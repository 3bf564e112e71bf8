package io.claimwatch.claimreview;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.App.Services;
import io.claimwatch.console.Names;
import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.contradiction.ContradictionFilter;
import io.claimwatch.statement.Statement;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/** Confirmed contradictions published as ClaimReview JSON-LD, one or all of them. */
public final class ClaimReviewService {

    private static final int PAGE = 200;
    private static final ContradictionFilter CONFIRMED = new ContradictionFilter(null, null, null, null, null, null,
            "confirmed", null, null, null);

    private final Services services;
    private final Organisation org;
    private final ObjectMapper mapper;

    public ClaimReviewService(Services services, Organisation org, ObjectMapper mapper) {
        this.services = services;
        this.org = org;
        this.mapper = mapper;
    }

    /** 404 for an unknown id, 409 unless a fact-checker confirmed it: only confirmed findings are published. */
    public Map<String, Object> of(long id, String baseUrl) {
        Contradiction c = services.contradictions().get(id);
        if (!"confirmed".equals(c.status())) {
            throw ApiProblem.conflict("status", "contradiction " + id + " is " + c.status()
                    + "; only confirmed contradictions are published as ClaimReview");
        }
        return review(c, baseUrl, new Names(services)).orElseThrow(() -> ApiProblem.conflict("statements",
                "a statement of contradiction " + id + " was deleted; the finding is no longer published"));
    }

    /** The JSON-LD text for a page's script block; "</" is escaped so the text cannot close the element. */
    public String jsonLd(Contradiction c, String baseUrl) {
        try {
            var review = review(c, baseUrl, new Names(services));
            return review.isEmpty() ? null : mapper.writeValueAsString(review.get()).replace("</", "<\\/");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every confirmed contradiction as a JSON array, a page at a time. */
    public void export(String baseUrl, OutputStream out) throws IOException {
        Names names = new Names(services);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            Page.walk(cursor -> services.contradictions().list(CONFIRMED, cursor, PAGE), c -> {
                try {
                    var review = review(c, baseUrl, names);
                    if (review.isPresent()) {
                        json.writeObject(review.get());
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            json.writeEndArray();
        }
    }

    /** Empty when a statement of the pair was deleted since: a finding without its statement is not published. */
    private Optional<Map<String, Object>> review(Contradiction c, String baseUrl, Names names) {
        try {
            return Optional.of(ClaimReviews.of(c, said(c.statements().get(0).id(), names),
                    said(c.statements().get(1).id(), names), org, baseUrl + "/findings/" + c.id()));
        } catch (ApiProblem e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private ClaimReviews.Said said(long statementId, Names names) {
        Statement s = services.statements().get(statementId);
        return new ClaimReviews.Said(s, names.source(s.sourceId()), names.speaker(s.speakerId()),
                s.reportedById() == null ? Optional.empty() : names.source(s.reportedById()));
    }
}
