package io.claimwatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/** Jackson's complaints in JSON's words: a client sees "a string", never a Java class name. */
final class JsonTypes {

    private JsonTypes() {
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO 8601 date or time string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "of another type";
    }

    /** A parse error's own words (they speak of characters and tokens), cut before any location or source echo. */
    static String parseError(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
