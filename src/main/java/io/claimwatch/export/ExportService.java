package io.claimwatch.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.contradiction.Contradiction;
import io.claimwatch.contradiction.ContradictionFilter;
import io.claimwatch.contradiction.ContradictionService;
import io.claimwatch.statement.Statement;
import io.claimwatch.statement.StatementFilter;
import io.claimwatch.statement.StatementService;
import io.claimwatch.web.Page;
import java.io.IOException;
import java.io.OutputStream;

/** Streams filtered statements or contradictions, a page of rows at a time. */
public final class ExportService {

    private static final int PAGE = 500;

    private final StatementService statements;
    private final ContradictionService contradictions;
    private final ObjectMapper mapper;

    public ExportService(StatementService statements, ContradictionService contradictions, ObjectMapper mapper) {
        this.statements = statements;
        this.contradictions = contradictions;
        this.mapper = mapper;
    }

    public void statements(StatementFilter filter, ExportFormat format, OutputStream out) throws IOException {
        try (RowWriter<Statement> rows = new RowWriter<>(format, out, mapper, CsvRows.StatementRow.class, CsvRows.StatementRow::of)) {
            Page.walk(cursor -> statements.list(filter, cursor, PAGE), rows::write);
        }
    }

    public void contradictions(ContradictionFilter filter, ExportFormat format, OutputStream out) throws IOException {
        try (RowWriter<Contradiction> rows = new RowWriter<>(format, out, mapper, CsvRows.ContradictionRow.class, CsvRows.ContradictionRow::of)) {
            Page.walk(cursor -> contradictions.list(filter, cursor, PAGE), rows::write);
        }
    }
}
