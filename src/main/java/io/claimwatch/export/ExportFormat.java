package io.claimwatch.export;

import io.claimwatch.web.ApiProblem;
import java.util.Locale;

/** The shapes an export can take; chosen by ?format=, else by the Accept header, else JSON. */
public enum ExportFormat {
    NDJSON("application/x-ndjson", "ndjson"),
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json", "json");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat choose(String format, String accept) {
        if (format != null) {
            try {
                return valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("format", "must be one of ndjson, csv, json");
            }
        }
        if (accept != null && accept.contains("ndjson")) {
            return NDJSON;
        }
        if (accept != null && accept.contains("text/csv")) {
            return CSV;
        }
        return JSON;
    }
}
