package io.claimwatch.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.claimwatch.web.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A dataset document read as a stream, one record at a time, so memory does not grow with it. A
 * pass may ask for one section only: the others are skipped without being built.
 */
final class DatasetStream {

    /** The sections in the order they must be written (each refers only to those before it). */
    static final List<String> SECTIONS = List.of("sources", "speakers", "topics", "statements", "contradictions");

    /** Opens the document again for each pass. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    @FunctionalInterface
    interface Visitor {
        void visit(String section, int index, JsonNode record);
    }

    private final Source source;
    private final ObjectMapper mapper;
    private final ObjectReader records;

    DatasetStream(Source source, ObjectMapper mapper) {
        this.source = source;
        this.mapper = mapper;
        // one record of many: what follows it in the document is not "trailing"
        this.records = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The formatVersion, or 0 when the document has none; checks the document's shape on the way. */
    int formatVersion() {
        int[] version = {0};
        walk(null, (section, index, record) -> { }, version);
        return version[0];
    }

    /** Every record of {@code section}, in document order. */
    void forEach(String section, Visitor visitor) {
        walk(section, visitor, new int[1]);
    }

    private void walk(String wanted, Visitor visitor, int[] version) {
        try (InputStream in = source.open(); JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ApiProblem.badRequest("body", "a JSON object is required");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (SECTIONS.contains(name)) {
                    if (value == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    if (value != JsonToken.START_ARRAY) {
                        throw ApiProblem.badRequest(name, "must be an array");
                    }
                    if (wanted != null && !wanted.equals(name)) {
                        p.skipChildren();
                        continue;
                    }
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        visitor.visit(name, index++, records.readValue(p));
                    }
                } else if (name.equals("formatVersion")) {
                    if (!value.isNumeric()) {
                        throw ApiProblem.badRequest("formatVersion", "must be an integer");
                    }
                    version[0] = p.getIntValue();
                } else if (name.equals("exportedAt")) {
                    p.skipChildren();
                } else {
                    throw ApiProblem.badRequest(name, "unknown field '" + name + "'");
                }
            }
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("body", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
