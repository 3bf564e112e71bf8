package io.claimwatch.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for request bodies, so tests state only what matters to them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Creates a source, a speaker of it and a topic, ignoring 409s so tests can share them. */
    public static void catalog(Http http, String sourceId, String speakerId, String topicId) {
        http.post("/api/v1/sources", Map.of("id", sourceId, "name", sourceId.toUpperCase(), "kind", "government"));
        if (speakerId != null) {
            http.post("/api/v1/speakers", Map.of("id", speakerId, "name", speakerId, "sourceId", sourceId));
        }
        if (topicId != null) {
            http.post("/api/v1/topics", Map.of("id", topicId, "title", topicId));
        }
    }

    public static Map<String, Object> statement(String sourceId, String statedOn, String text, String... topicIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceId", sourceId);
        body.put("statedOn", statedOn);
        body.put("text", text);
        body.put("topicIds", List.of(topicIds));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
