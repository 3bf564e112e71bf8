package io.claimwatch.statement;

import static io.claimwatch.support.Fixtures.statement;
import static io.claimwatch.support.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.api.Test;

class StatementListTest extends ApiTest {

    @BeforeParameterizedClassInvocation(injectArguments = false)
    static void data() {
        Fixtures.catalog(http, "pentagon", "urban", "thaad");
        Fixtures.catalog(http, "yonhap", null, "korea");
        Fixtures.catalog(http, "china", null, null);
        http.post("/api/v1/statements", with(statement("pentagon", "2016-02-08/2016-02-15", "Formal consultations have begun.", "thaad"), "speakerId", "urban"));
        http.post("/api/v1/statements", with(statement("pentagon", "2016-02-17", "The TALKS have not yet begun.", "thaad"), "reportedById", "yonhap"));
        http.post("/api/v1/statements", statement("yonhap", "2016-02-18", "The two countries had begun official talks.", "thaad", "korea"));
        http.post("/api/v1/statements", statement("china", "2016-02-12", "Grave concerns over the deployment."));
        http.post("/api/v1/statements", statement("china", "2015", "An older remark."));
    }

    private static List<String> texts(String query) {
        JsonNode page = http.get("/api/v1/statements?" + query).json();
        List<String> texts = new ArrayList<>();
        page.get("items").forEach(item -> texts.add(item.get("text").asText()));
        return texts;
    }

    @Test
    void filtersBySourceSpeakerReporterAndTopic() {
        assertThat(texts("sourceId=pentagon")).hasSize(2);
        assertThat(texts("speakerId=urban")).containsExactly("Formal consultations have begun.");
        assertThat(texts("reportedById=yonhap")).containsExactly("The TALKS have not yet begun.");
        assertThat(texts("topicId=korea")).containsExactly("The two countries had begun official talks.");
        assertThat(texts("topicId=thaad&sourceId=yonhap")).hasSize(1);
    }

    @Test
    void dateFiltersKeepStatementsWhoseRangeOverlaps() {
        assertThat(texts("from=2016-02-16")).containsExactly("The TALKS have not yet begun.", "The two countries had begun official talks.");
        assertThat(texts("to=2016-02-10")).containsExactly("Formal consultations have begun.", "An older remark.");
        assertThat(texts("from=2016-02-13&to=2016-02-13")).containsExactly("Formal consultations have begun.");
        assertThat(texts("from=2015&to=2015")).containsExactly("An older remark.");
    }

    @Test
    void textSearchIgnoresCaseAndTreatsWildcardsLiterally() {
        assertThat(texts("q=talks")).hasSize(2);
        assertThat(texts("q=%25")).isEmpty();
        assertThat(texts("q=_")).isEmpty();
    }

    @Test
    void limitDefaultsTo50() {
        assertThat(http.get("/api/v1/statements").json().get("items").size()).isBetween(5, 50);
    }
}
