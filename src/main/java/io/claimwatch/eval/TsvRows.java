package io.claimwatch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The rows of a golden-case file: tab-separated fields, blank lines and {@code #} comments skipped. */
public final class TsvRows {

    private TsvRows() {}

    /** One row with its line number in the file, for messages. */
    public record Row(int line, String[] fields) {}

    public static List<Row> read(BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(number, line.split("\t")));
            }
        }
        return rows;
    }
}
