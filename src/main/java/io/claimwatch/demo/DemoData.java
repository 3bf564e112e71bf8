package io.claimwatch.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.App.Services;
import io.claimwatch.catalog.CatalogInput;
import io.claimwatch.catalog.CatalogService;
import io.claimwatch.source.SourceInput;
import io.claimwatch.speaker.SpeakerInput;
import io.claimwatch.statement.StatementInput;
import io.claimwatch.topic.TopicInput;
import io.claimwatch.web.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The THAAD statements of the seed article, loaded through the services so they behave like posted data. */
public final class DemoData {

    public static final String RESOURCE = "db/demo/thaad.json";

    private DemoData() {
    }

    record DemoSet(List<SourceInput> sources, List<SpeakerInput> speakers, List<TopicInput> topics,
                   List<StatementInput> statements) {
    }

    /** Loads what is missing; a second load changes nothing (catalog ids and statement externalIds are kept). */
    public static void load(Services services) {
        DemoSet set = read();
        createMissing(services.sources(), set.sources());
        createMissing(services.speakers(), set.speakers());
        createMissing(services.topics(), set.topics());
        set.statements().forEach(services.statements()::create);
    }

    private static <I extends CatalogInput> void createMissing(CatalogService<I, ?> service, List<I> inputs) {
        for (I input : inputs) {
            if (!service.exists(input.id())) {
                service.create(input);
            }
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
