package io.claimwatch.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.App.Services;
import io.claimwatch.article.Article;
import io.claimwatch.article.ArticleDraft;
import io.claimwatch.article.ArticleInput;
import io.claimwatch.catalog.CatalogInput;
import io.claimwatch.catalog.CatalogService;
import io.claimwatch.source.SourceInput;
import io.claimwatch.speaker.SpeakerInput;
import io.claimwatch.topic.TopicInput;
import io.claimwatch.web.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The THAAD demo: a catalog with aliases, then the seed article read through article intake, with
 * the drafts of the six statements of the design brief accepted (the others are left for review).
 */
public final class DemoData {

    public static final String RESOURCE = "db/demo/thaad.json";

    private DemoData() {
    }

    record DemoSet(List<SourceInput> sources, List<SpeakerInput> speakers, List<TopicInput> topics,
                   List<DemoArticle> articles) {
    }

    /** An article file and the drafts to accept, chosen by speaker or source and the start of the text. */
    record DemoArticle(String file, String url, String title, String outletId, String publishedOn, List<String> topicIds,
                       List<Pick> accept) {
    }

    record Pick(String speakerId, String sourceId, String textStartsWith) {

        boolean matches(ArticleDraft d) {
            return (speakerId == null || speakerId.equals(d.speaker().id()))
                    && (sourceId == null || sourceId.equals(d.sourceId()))
                    && (textStartsWith == null || d.text().startsWith(textStartsWith));
        }
    }

    /** Loads what is missing; a second load changes nothing (catalog ids, the article's url and accepted drafts are kept). */
    public static void load(Services services) {
        DemoSet set = read();
        createMissing(services.sources(), set.sources());
        createMissing(services.speakers(), set.speakers());
        createMissing(services.topics(), set.topics());
        for (DemoArticle a : set.articles()) {
            Article article = services.articles().findByUrl(a.url()).orElseGet(() -> services.articles().create(
                    new ArticleInput(text(a.file()), null, a.url(), a.title(), a.outletId(), a.publishedOn(), a.topicIds(), false),
                    false));
            List<ArticleDraft> drafts = services.articles().get(article.id()).drafts();
            List<Long> chosen = new ArrayList<>();
            for (Pick pick : a.accept()) {
                chosen.add(drafts.stream().filter(pick::matches).findFirst().map(ArticleDraft::id)
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": no draft of " + a.file() + " matches " + pick)));
            }
            services.articles().accept(article.id(), chosen);
        }
    }

    private static <I extends CatalogInput> void createMissing(CatalogService<I, ?> service, List<I> inputs) {
        for (I input : inputs) {
            if (!service.exists(input.id())) {
                service.create(input);
            }
        }
    }

    private static String text(String resource) {
        try (InputStream in = Objects.requireNonNull(DemoData.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoSet read() {
        ObjectMapper mapper = Json.newMapper();
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return mapper.readValue(in, DemoSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
