package io.claimwatch.article;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.catalog.CatalogService;
import io.claimwatch.intake.ArticleIntake;
import io.claimwatch.intake.Draft;
import io.claimwatch.intake.IntakeResult;
import io.claimwatch.intake.Names;
import io.claimwatch.source.Source;
import io.claimwatch.source.SourceInput;
import io.claimwatch.source.SourceRepository;
import io.claimwatch.speaker.Speaker;
import io.claimwatch.speaker.SpeakerInput;
import io.claimwatch.speaker.SpeakerRepository;
import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementInput;
import io.claimwatch.statement.StatementService;
import io.claimwatch.topic.TopicRepository;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ApiProblem.FieldError;
import io.claimwatch.web.Clock;
import io.claimwatch.web.Cursors;
import io.claimwatch.web.Page;
import io.claimwatch.web.Preconditions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;

/**
 * Article use cases: read an article into drafts and store both in one transaction; review drafts;
 * accept them into statements through {@link StatementService}, so detection runs exactly as for a
 * posted statement. Acceptance is idempotent: a draft becomes one statement, ever.
 */
public final class ArticleService {

    private final DSLContext dsl;
    private final StatementService statements;
    private final CatalogService<SourceInput, Source> sources;
    private final CatalogService<SpeakerInput, Speaker> speakers;
    private final ArticleIntake intake = new ArticleIntake();

    public ArticleService(DSLContext dsl, StatementService statements, CatalogService<SourceInput, Source> sources,
                          CatalogService<SpeakerInput, Speaker> speakers) {
        this.dsl = dsl;
        this.statements = statements;
        this.sources = sources;
        this.speakers = speakers;
    }

    public Article create(ArticleInput in, boolean accept) {
        in.validate();
        boolean html = in.html() != null;
        String text = html ? HtmlText.of(in.html()) : in.text();
        String field = html ? "html" : "text";
        if (text.isBlank()) {
            throw ApiProblem.badRequest(field, "holds no readable text");
        }
        if (text.length() > ArticleInput.MAX_TEXT) {
            throw ApiProblem.badRequest(field, "the article text is over " + ArticleInput.MAX_TEXT + " characters");
        }
        String outletName = checkReferences(in);
        if (in.unattributed() && in.outletId() == null) {
            throw ApiProblem.badRequest("outletId", "is required with includeUnattributed: the outlet asserts the unattributed sentences");
        }
        IntakeResult read = intake.read(text, DateSpan.parse(in.publishedOn()), outletName, in.unattributed()); // CPU only
        long id = dsl.transactionResult(tx -> {
            ArticleRepository articles = new ArticleRepository(tx.dsl());
            CatalogMatcher matcher = new CatalogMatcher(tx.dsl());
            long articleId = articles.insert(in, text, html ? "html" : "text", Clock.now());
            int position = 0;
            for (Draft d : read.drafts()) {
                articles.insertDraft(articleId, position++, matcher.match(d, in.outletId()), Clock.now());
            }
            return articleId;
        });
        return accept ? accept(id, null) : get(id);
    }

    public Article get(long id) {
        ArticleRepository articles = new ArticleRepository(dsl);
        Article article = articles.find(id).orElseThrow(() -> ApiProblem.notFound("article", id));
        List<ArticleDraft> drafts = withProposed(articles.drafts(id));
        List<Statement> accepted = drafts.stream().filter(d -> d.statementId() != null)
                .map(d -> statements.get(d.statementId())).toList();
        return article.withDetail(articles.text(id).orElse(""), drafts, accepted);
    }

    /** The article posted with this url, if any (the demo loads its article once). */
    public java.util.Optional<Article> findByUrl(String url) {
        return new ArticleRepository(dsl).findByUrl(url);
    }

    public Page<Article> list(ArticleFilter filter, String cursor, int limit) {
        List<Article> rows = new ArticleRepository(dsl).list(filter, Cursors.decodeLong(cursor), limit + 1);
        return Page.of(rows, limit, a -> Long.toString(a.id()));
    }

    public ArticleDraft draft(long articleId, long draftId) {
        return withProposed(List.of(find(articleId, draftId))).get(0);
    }

    /** Applies a reviewer's fix if the client's ETag names the draft's current version. */
    public ArticleDraft change(long articleId, long draftId, String ifMatch, UnaryOperator<DraftInput> change) {
        dsl.transaction(tx -> {
            ArticleRepository articles = new ArticleRepository(tx.dsl());
            ArticleDraft current = articles.draftForUpdate(articleId, draftId).orElseThrow(() -> ApiProblem.notFound("draft", draftId));
            Preconditions.requireCurrent(ifMatch, current.version());
            requireOpen(current);
            DraftInput changed = change.apply(current.toInput());
            changed.validate();
            articles.updateDraft(draftId, changed, Clock.now());
        });
        return draft(articleId, draftId);
    }

    public void deleteDraft(long articleId, long draftId) {
        dsl.transaction(tx -> {
            ArticleRepository articles = new ArticleRepository(tx.dsl());
            requireOpen(articles.draftForUpdate(articleId, draftId).orElseThrow(() -> ApiProblem.notFound("draft", draftId)));
            articles.deleteDraft(articleId, draftId);
        });
    }

    /**
     * Turns the drafts (all, or those listed) into statements, creating the sources and speakers they
     * name that do not exist yet, marked unverified. A draft already accepted is left as it is.
     */
    public Article accept(long articleId, List<Long> draftIds) {
        Article article = get(articleId);
        List<ArticleDraft> chosen = article.drafts();
        if (draftIds != null) {
            Set<Long> known = new HashSet<>(chosen.stream().map(ArticleDraft::id).toList());
            List<FieldError> errors = draftIds.stream().filter(d -> d == null || !known.contains(d))
                    .map(d -> new FieldError("draftIds", "article " + articleId + " has no draft " + d)).toList();
            if (!errors.isEmpty()) {
                throw ApiProblem.unprocessable(errors);
            }
            List<ArticleDraft> all = chosen;
            chosen = draftIds.stream().distinct() // in the order asked: statement ids follow it
                    .map(id -> all.stream().filter(d -> d.id() == id).findFirst().orElseThrow()).toList();
        }
        List<ArticleDraft> open = chosen.stream().filter(d -> d.statementId() == null).toList();
        checkAcceptable(open); // all or nothing for anything the client can fix; a crash midway is finished by accepting again
        for (ArticleDraft d : open) {
            acceptOne(article, d);
        }
        return get(articleId);
    }

    /** 422 naming each draft that cannot become a statement as it stands, before anything is stored. */
    private void checkAcceptable(List<ArticleDraft> drafts) {
        List<FieldError> errors = new ArrayList<>();
        SpeakerRepository known = new SpeakerRepository(dsl);
        for (ArticleDraft d : drafts) {
            String at = "drafts[" + d.id() + "]";
            if (d.sourceId() == null) {
                errors.add(new FieldError(at + ".sourceId", "is missing: PATCH the draft with a source first"));
            }
            if (d.speaker().id() != null) {
                var speaker = known.find(d.speaker().id());
                if (speaker.isEmpty() && d.speaker().name() == null) {
                    errors.add(new FieldError(at + ".speakerName", "is needed to create speaker '" + d.speaker().id() + "'"));
                } else if (speaker.isPresent() && !speaker.get().sourceId().equals(d.sourceId())) {
                    errors.add(new FieldError(at + ".speakerId", "speaker '" + d.speaker().id() + "' speaks for '"
                            + speaker.get().sourceId() + "', not '" + d.sourceId() + "'"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable(errors);
        }
    }

    private void acceptOne(Article article, ArticleDraft d) {
        String sourceName = d.speaker().organisation() != null ? d.speaker().organisation()
                : d.speaker().name() != null ? d.speaker().name() : d.sourceId();
        boolean personal = d.speaker().organisation() == null && d.speaker().name() != null;
        ensureSource(d.sourceId(), sourceName, personal, false);
        if (d.reportedById() != null) {
            ensureSource(d.reportedById(), d.reportedBy() != null ? d.reportedBy() : d.reportedById(), false, true);
        }
        if (d.speaker().id() != null && !speakers.exists(d.speaker().id())) {
            createQuietly(() -> speakers.create(new SpeakerInput(d.speaker().id(), d.speaker().name(), d.speaker().title(),
                    d.sourceId(), d.speaker().phrase() == null ? List.of() : List.of(d.speaker().phrase()))));
            new ArticleRepository(dsl).unverified("speaker", d.speaker().id());
        }
        StatementInput input = new StatementInput(d.text(), d.quote(), d.sourceId(), d.speaker().id(), d.reportedById(),
                d.statedOn(), article.publishedOn(), article.url(), "en", article.topicIds(),
                "article-" + article.id() + "-draft-" + d.id());
        StatementService.Saved saved = statements.create(input);
        dsl.transaction(tx -> new ArticleRepository(tx.dsl()).accepted(d, saved.statement().id(), Clock.now()));
    }

    private void ensureSource(String id, String name, boolean person, boolean outlet) {
        if (sources.exists(id)) {
            return;
        }
        String country = Names.country(name);
        List<String> aliases = new ArrayList<>();
        createQuietly(() -> sources.create(new SourceInput(id, name, Names.kind(name, person, outlet), country, null, aliases)));
        new ArticleRepository(dsl).unverified("source", id);
    }

    /** A concurrent accept may have created the same entry first: that is the entry wanted. */
    private static void createQuietly(Runnable create) {
        try {
            create.run();
        } catch (ApiProblem e) {
            if (e.status() != 409) {
                throw e;
            }
        }
    }

    private static void requireOpen(ArticleDraft d) {
        if (d.statementId() != null) {
            throw ApiProblem.conflict("draftId", "draft " + d.id() + " was accepted as statement " + d.statementId()
                    + ": change or delete the statement instead");
        }
    }

    private ArticleDraft find(long articleId, long draftId) {
        return new ArticleRepository(dsl).drafts(articleId).stream().filter(d -> d.id() == draftId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("draft", draftId));
    }

    /** Each open draft says which of its ids name nothing yet: accepting it will create those, unverified. */
    private List<ArticleDraft> withProposed(List<ArticleDraft> drafts) {
        List<String> sourceIds = new ArrayList<>();
        List<String> speakerIds = new ArrayList<>();
        for (ArticleDraft d : drafts) {
            if (d.sourceId() != null) {
                sourceIds.add(d.sourceId());
            }
            if (d.reportedById() != null) {
                sourceIds.add(d.reportedById());
            }
            if (d.speaker().id() != null) {
                speakerIds.add(d.speaker().id());
            }
        }
        Set<String> missingSources = new HashSet<>(sourceIds.isEmpty() ? List.of() : new SourceRepository(dsl).missing(sourceIds));
        Set<String> missingSpeakers = new HashSet<>(speakerIds.isEmpty() ? List.of() : new SpeakerRepository(dsl).missing(speakerIds));
        return drafts.stream().map(d -> {
            List<String> proposed = new ArrayList<>();
            if (d.speaker().id() != null && missingSpeakers.contains(d.speaker().id())) {
                proposed.add("speaker");
            }
            if (d.sourceId() != null && missingSources.contains(d.sourceId())) {
                proposed.add("source");
            }
            if (d.reportedById() != null && missingSources.contains(d.reportedById())) {
                proposed.add("reportedBy");
            }
            return new ArticleDraft(d.id(), d.articleId(), d.position(), d.text(), d.quote(), d.speaker(), d.sourceId(),
                    d.reportedBy(), d.reportedById(), d.statedOn(), d.datePhrase(), d.dateBasis(), d.span(), d.confidence(),
                    d.cue(), List.copyOf(proposed), d.statementId(), d.status(), d.version());
        }).toList();
    }

    /** The outlet's name (for the article's own assertions); 422 for an unknown outlet or topic. */
    private String checkReferences(ArticleInput in) {
        List<FieldError> errors = new ArrayList<>();
        String outletName = null;
        if (in.outletId() != null) {
            var outlet = new SourceRepository(dsl).find(in.outletId());
            if (outlet.isEmpty()) {
                errors.add(new FieldError("outletId", "no source with id '" + in.outletId() + "'"));
            } else {
                outletName = outlet.get().name();
            }
        }
        if (!in.topicIds().isEmpty()) {
            for (String topic : new TopicRepository(dsl).missing(in.topicIds())) {
                errors.add(new FieldError("topicIds", "no topic with id '" + topic + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable(errors);
        }
        return outletName;
    }
}
