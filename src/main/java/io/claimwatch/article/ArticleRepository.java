package io.claimwatch.article;

import static io.claimwatch.db.Tables.ARTICLE;
import static io.claimwatch.db.Tables.ARTICLE_DRAFT;
import static io.claimwatch.db.Tables.ARTICLE_TOPIC;
import static io.claimwatch.db.Tables.SOURCE;
import static io.claimwatch.db.Tables.SPEAKER;
import static io.claimwatch.db.Tables.STATEMENT;

import io.claimwatch.analysis.DateSpan;
import io.claimwatch.db.tables.records.ArticleDraftRecord;
import io.claimwatch.db.tables.records.ArticleRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** All SQL about articles and their drafts. */
final class ArticleRepository {

    private final DSLContext dsl;

    ArticleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(ArticleInput in, String text, String format, OffsetDateTime now) {
        DateSpan published = DateSpan.parse(in.publishedOn());
        long id = dsl.insertInto(ARTICLE)
                .set(ARTICLE.URL, in.url()).set(ARTICLE.TITLE, in.title()).set(ARTICLE.OUTLET_ID, in.outletId())
                .set(ARTICLE.PUBLISHED_ON, in.publishedOn().strip()).set(ARTICLE.PUBLISHED_FROM, published.earliest())
                .set(ARTICLE.PUBLISHED_TO, published.latest()).set(ARTICLE.TEXT, text).set(ARTICLE.FORMAT, format)
                .set(ARTICLE.INCLUDE_UNATTRIBUTED, in.unattributed())
                .set(ARTICLE.CREATED_AT, now).set(ARTICLE.UPDATED_AT, now)
                .returningResult(ARTICLE.ID).fetchOne().value1();
        for (String topic : in.topicIds()) {
            dsl.insertInto(ARTICLE_TOPIC).set(ARTICLE_TOPIC.ARTICLE_ID, id).set(ARTICLE_TOPIC.TOPIC_ID, topic).execute();
        }
        return id;
    }

    void insertDraft(long articleId, int position, ArticleDraft d, OffsetDateTime now) {
        dsl.insertInto(ARTICLE_DRAFT)
                .set(ARTICLE_DRAFT.ARTICLE_ID, articleId).set(ARTICLE_DRAFT.POSITION, position)
                .set(ARTICLE_DRAFT.TEXT, d.text()).set(ARTICLE_DRAFT.QUOTE, d.quote())
                .set(ARTICLE_DRAFT.SPEAKER_NAME, d.speaker().name()).set(ARTICLE_DRAFT.SPEAKER_TITLE, d.speaker().title())
                .set(ARTICLE_DRAFT.ORGANISATION, d.speaker().organisation()).set(ARTICLE_DRAFT.COUNTRY, d.speaker().country())
                .set(ARTICLE_DRAFT.SPEAKER_PHRASE, d.speaker().phrase()).set(ARTICLE_DRAFT.SPEAKER_ID, d.speaker().id())
                .set(ARTICLE_DRAFT.SOURCE_ID, d.sourceId()).set(ARTICLE_DRAFT.REPORTED_BY, d.reportedBy())
                .set(ARTICLE_DRAFT.REPORTED_BY_ID, d.reportedById()).set(ARTICLE_DRAFT.STATED_ON, d.statedOn())
                .set(ARTICLE_DRAFT.DATE_PHRASE, d.datePhrase()).set(ARTICLE_DRAFT.DATE_BASIS, d.dateBasis())
                .set(ARTICLE_DRAFT.SPAN_START, d.span().start()).set(ARTICLE_DRAFT.SPAN_END, d.span().end())
                .set(ARTICLE_DRAFT.CONFIDENCE, d.confidence()).set(ARTICLE_DRAFT.CUE, d.cue())
                .set(ARTICLE_DRAFT.VERSION, 1).set(ARTICLE_DRAFT.CREATED_AT, now).set(ARTICLE_DRAFT.UPDATED_AT, now)
                .execute();
    }

    Optional<Article> find(long id) {
        return dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOptional().map(r -> toArticle(r, topicsOf(List.of(id))));
    }

    Optional<Article> findByUrl(String url) {
        return dsl.selectFrom(ARTICLE).where(ARTICLE.URL.eq(url)).orderBy(ARTICLE.ID).limit(1).fetchOptional()
                .map(r -> toArticle(r, topicsOf(List.of(r.getId()))));
    }

    Optional<String> text(long id) {
        return dsl.select(ARTICLE.TEXT).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOptional(ARTICLE.TEXT);
    }

    /** Up to {@code limit} matching articles with ids above {@code afterId}, in id order. */
    List<Article> list(ArticleFilter f, long afterId, int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(ARTICLE.ID.gt(afterId));
        if (f.outletId() != null) {
            where.add(ARTICLE.OUTLET_ID.eq(f.outletId()));
        }
        if (f.topicId() != null) {
            where.add(ARTICLE.ID.in(DSL.select(ARTICLE_TOPIC.ARTICLE_ID).from(ARTICLE_TOPIC)
                    .where(ARTICLE_TOPIC.TOPIC_ID.eq(f.topicId()))));
        }
        if (f.from() != null) {
            where.add(ARTICLE.PUBLISHED_TO.ge(f.from().earliest()));
        }
        if (f.to() != null) {
            where.add(ARTICLE.PUBLISHED_FROM.le(f.to().latest()));
        }
        List<ArticleRecord> rows = dsl.selectFrom(ARTICLE).where(where).orderBy(ARTICLE.ID).limit(limit).fetch();
        Map<Long, List<String>> topics = topicsOf(rows.stream().map(ArticleRecord::getId).toList());
        return rows.stream().map(r -> toArticle(r, topics)).toList();
    }

    List<ArticleDraft> drafts(long articleId) {
        return dsl.selectFrom(ARTICLE_DRAFT).where(ARTICLE_DRAFT.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_DRAFT.POSITION, ARTICLE_DRAFT.ID).fetch(this::toDraft);
    }

    Optional<ArticleDraft> draftForUpdate(long articleId, long draftId) {
        return dsl.selectFrom(ARTICLE_DRAFT).where(ARTICLE_DRAFT.ID.eq(draftId), ARTICLE_DRAFT.ARTICLE_ID.eq(articleId))
                .forUpdate().fetchOptional(this::toDraft);
    }

    void updateDraft(long draftId, DraftInput in, OffsetDateTime now) {
        dsl.update(ARTICLE_DRAFT)
                .set(ARTICLE_DRAFT.TEXT, in.text()).set(ARTICLE_DRAFT.QUOTE, in.quote())
                .set(ARTICLE_DRAFT.SPEAKER_ID, in.speakerId()).set(ARTICLE_DRAFT.SPEAKER_NAME, in.speakerName())
                .set(ARTICLE_DRAFT.SPEAKER_TITLE, in.speakerTitle()).set(ARTICLE_DRAFT.SOURCE_ID, in.sourceId())
                .set(ARTICLE_DRAFT.ORGANISATION, in.sourceName()).set(ARTICLE_DRAFT.REPORTED_BY_ID, in.reportedById())
                .set(ARTICLE_DRAFT.STATED_ON, in.statedOn().strip())
                .set(ARTICLE_DRAFT.VERSION, ARTICLE_DRAFT.VERSION.plus(1)).set(ARTICLE_DRAFT.UPDATED_AT, now)
                .where(ARTICLE_DRAFT.ID.eq(draftId))
                .execute();
    }

    boolean deleteDraft(long articleId, long draftId) {
        return dsl.deleteFrom(ARTICLE_DRAFT)
                .where(ARTICLE_DRAFT.ID.eq(draftId), ARTICLE_DRAFT.ARTICLE_ID.eq(articleId)).execute() > 0;
    }

    /** Links an accepted draft to its statement, and the statement to the article it came from. */
    void accepted(ArticleDraft draft, long statementId, OffsetDateTime now) {
        dsl.update(ARTICLE_DRAFT).set(ARTICLE_DRAFT.STATEMENT_ID, statementId)
                .set(ARTICLE_DRAFT.VERSION, ARTICLE_DRAFT.VERSION.plus(1)).set(ARTICLE_DRAFT.UPDATED_AT, now)
                .where(ARTICLE_DRAFT.ID.eq(draft.id()), ARTICLE_DRAFT.STATEMENT_ID.isNull()).execute();
        dsl.update(STATEMENT).set(STATEMENT.ARTICLE_ID, draft.articleId())
                .set(STATEMENT.ARTICLE_SPAN_START, draft.span().start()).set(STATEMENT.ARTICLE_SPAN_END, draft.span().end())
                .where(STATEMENT.ID.eq(statementId), STATEMENT.ARTICLE_ID.isNull()).execute();
    }

    /** Marks a source or speaker that intake created as not yet checked by a person. */
    void unverified(String kind, String id) {
        if (kind.equals("source")) {
            dsl.update(SOURCE).set(SOURCE.VERIFIED, false).where(SOURCE.ID.eq(id)).execute();
        } else {
            dsl.update(SPEAKER).set(SPEAKER.VERIFIED, false).where(SPEAKER.ID.eq(id)).execute();
        }
    }

    private Map<Long, List<String>> topicsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(ARTICLE_TOPIC.ARTICLE_ID, ARTICLE_TOPIC.TOPIC_ID).from(ARTICLE_TOPIC)
                .where(ARTICLE_TOPIC.ARTICLE_ID.in(ids)).orderBy(ARTICLE_TOPIC.TOPIC_ID)
                .fetchGroups(ARTICLE_TOPIC.ARTICLE_ID, ARTICLE_TOPIC.TOPIC_ID);
    }

    private static Article toArticle(ArticleRecord r, Map<Long, List<String>> topics) {
        return new Article(r.getId(), r.getUrl(), r.getTitle(), r.getOutletId(), r.getPublishedOn(),
                topics.getOrDefault(r.getId(), List.of()), r.getFormat(), r.getIncludeUnattributed(), r.getCreatedAt(),
                r.getUpdatedAt(), null, null, null, Article.Links.of(r.getId()));
    }

    private ArticleDraft toDraft(ArticleDraftRecord r) {
        return new ArticleDraft(r.getId(), r.getArticleId(), r.getPosition(), r.getText(), r.getQuote(),
                new ArticleDraft.Speaker(r.getSpeakerName(), r.getSpeakerTitle(), r.getOrganisation(), r.getCountry(),
                        r.getSpeakerPhrase(), r.getSpeakerId()),
                r.getSourceId(), r.getReportedBy(), r.getReportedById(), r.getStatedOn(), r.getDatePhrase(),
                r.getDateBasis(), new ArticleDraft.Span(r.getSpanStart(), r.getSpanEnd()), r.getConfidence(), r.getCue(),
                List.of(), r.getStatementId(), r.getStatementId() == null ? "draft" : "accepted", r.getVersion());
    }
}
