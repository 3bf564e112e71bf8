package io.claimwatch.contradiction;

import com.fasterxml.jackson.core.type.TypeReference;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.contradiction.Contradiction.PairedStatement;
import io.claimwatch.web.JsonText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The sides of a pair that were deleted, kept as they were so a withdrawn finding still reads whole. */
public final class DeletedStatements {

    private static final TypeReference<List<PairedStatement>> LIST = new TypeReference<>() { };

    private DeletedStatements() {
    }

    public static List<PairedStatement> read(String json) {
        return json == null ? List.of() : JsonText.read(json, LIST);
    }

    /** As the column keeps them; null for none. */
    public static String write(List<PairedStatement> deleted) {
        return deleted.isEmpty() ? null : JsonText.write(deleted.stream().map(PairedStatement::asDeleted).toList());
    }

    static String add(String json, PairedStatement deleted) {
        List<PairedStatement> all = new ArrayList<>(read(json));
        all.removeIf(s -> s.id() == deleted.id());
        all.add(deleted.asDeleted());
        return JsonText.write(all);
    }

    /** The earliest day the side may have been said, for ordering the pair oldest first. */
    static LocalDate earliest(PairedStatement side) {
        return side.statedOn() == null ? LocalDate.MIN : DateSpan.parse(side.statedOn()).earliest();
    }
}
