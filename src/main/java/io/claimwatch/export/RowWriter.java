package io.claimwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** Writes rows one at a time in the chosen format, so an export never holds more than a page in memory. */
final class RowWriter<T> implements Closeable {

    private static final CsvMapper CSV = (CsvMapper) new CsvMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ExportFormat format;
    private final Function<T, ?> csvRow;
    private final JsonGenerator json;
    private final SequenceWriter sequence;
    private final OutputStream out;

    /** {@code csvRow} flattens an item into a record of plain columns of {@code csvType}. */
    RowWriter(ExportFormat format, OutputStream out, ObjectMapper mapper, Class<?> csvType, Function<T, ?> csvRow) {
        this.format = format;
        this.csvRow = csvRow;
        this.out = out;
        try {
            switch (format) {
                case JSON -> {
                    json = mapper.getFactory().createGenerator(out);
                    json.writeStartArray();
                    sequence = null;
                }
                case NDJSON -> {
                    json = null;
                    sequence = mapper.writer().withRootValueSeparator("\n").writeValues(out);
                }
                default -> {
                    json = null;
                    sequence = CSV.writer(CSV.schemaFor(csvType).withHeader()).writeValues(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(T item) {
        try {
            switch (format) {
                case JSON -> json.writeObject(item);
                case NDJSON -> sequence.write(item);
                default -> sequence.write(csvRow.apply(item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.writeEndArray();
            json.close();
        } else {
            sequence.close();
            if (format == ExportFormat.NDJSON) {
                out.write('\n');
            }
        }
        out.flush();
    }
}
