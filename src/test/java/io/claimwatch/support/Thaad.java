package io.claimwatch.support;

import static io.claimwatch.support.Fixtures.statement;
import static io.claimwatch.support.Fixtures.with;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed article's statements, as the design brief dates and attributes them. */
public final class Thaad {

    public static final List<String> NAMES = List.of("cook", "cho", "wangyi", "honglei", "urban", "yonhap");

    private Thaad() {
    }

    public static void catalog(Http http) {
        for (String source : List.of("pentagon", "rok-mnd", "china", "yonhap")) {
            Fixtures.catalog(http, source, null, null);
        }
        speaker(http, "peter-cook", "Peter Cook", "pentagon");
        speaker(http, "bill-urban", "Bill Urban", "pentagon");
        speaker(http, "cho-june-hyuck", "Cho June-hyuck", "rok-mnd");
        speaker(http, "wang-yi", "Wang Yi", "china");
        speaker(http, "hong-lei", "Hong Lei", "china");
    }

    private static void speaker(Http http, String id, String name, String sourceId) {
        http.post("/api/v1/speakers", Map.of("id", id, "name", name, "sourceId", sourceId));
    }

    /** Creates the catalog and posts the six statements under {@code topic}; returns their ids by short name. */
    public static Map<String, Long> seed(Http http, String topic) {
        catalog(http);
        Fixtures.catalog(http, "yonhap", null, topic);
        Map<String, Long> ids = new LinkedHashMap<>();
        statements(topic).forEach((name, body) -> ids.put(name, http.post("/api/v1/statements", body).json().get("id").asLong()));
        return ids;
    }

    /** The six statements by short name, filed under {@code topic}. */
    public static Map<String, Map<String, Object>> statements(String topic) {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        all.put("cook", with(statement("pentagon", "2016-02-08/2016-02-15",
                "The US and South Korea had begun formal consultations to improve the alliance missile defense posture.", topic),
                "speakerId", "peter-cook"));
        all.put("cho", with(statement("rok-mnd", "2016-02-11/2016-02-18",
                "The ROK and the US have embarked on formal consultations on the possible deployment of a THAAD battery.", topic),
                "speakerId", "cho-june-hyuck"));
        all.put("wangyi", with(statement("china", "2016-02-12",
                "China's Foreign Minister Wang Yi expressed grave concerns over the deployment of the THAAD system.", topic),
                "speakerId", "wang-yi"));
        all.put("honglei", with(statement("china", "2016-02-15",
                "THAAD will directly damage China's strategic security interests and also harm security interests of other countries in the region.", topic),
                "speakerId", "hong-lei"));
        all.put("urban", with(with(statement("pentagon", "2016-02-17",
                "The talks have not yet begun, and there is no timetable for when they would.", topic),
                "speakerId", "bill-urban"), "reportedById", "yonhap"));
        all.put("yonhap", statement("yonhap", "2016-02-18", "The two countries had begun official talks on deploying THAAD.", topic));
        return all;
    }
}
