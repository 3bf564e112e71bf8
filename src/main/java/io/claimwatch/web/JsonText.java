package io.claimwatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON kept in text columns (aliases, evidence, claims, event payloads). Reading is lenient: a
 * value stored by an older version may carry fields this one dropped.
 */
public final class JsonText {

    private static final ObjectMapper MAPPER = Json.newMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private JsonText() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String text, TypeReference<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> readStrings(String text) {
        return read(text, STRINGS);
    }
}
