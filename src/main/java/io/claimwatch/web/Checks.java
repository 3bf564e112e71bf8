package io.claimwatch.web;

import io.claimwatch.web.ApiProblem.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects every problem with one input before answering, so a client fixes them all in one go. */
public final class Checks {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private final List<FieldError> errors = new ArrayList<>();

    public Checks required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required and must not be empty"));
        } else {
            maxLength(field, value, maxLength);
        }
        return this;
    }

    public Checks maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    /** At most as long as the database column that stores it, so no input can overflow a column. */
    public Checks fits(String field, String value, org.jooq.Field<String> column) {
        return maxLength(field, value, column.getDataType().length());
    }

    public Checks slug(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required and must not be empty"));
        } else if (!SLUG.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be a slug: lowercase letters, digits, '.', '_' or '-', at most 64"));
        }
        return this;
    }

    public Checks oneOf(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())));
        }
        return this;
    }

    public Checks matches(String field, String value, Pattern pattern, String expectation) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, expectation));
        }
        return this;
    }

    public Checks httpUrl(String field, String value) {
        if (value == null) {
            return this;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(new FieldError(field, "must be an absolute http(s) URL"));
            }
        } catch (URISyntaxException e) {
            errors.add(new FieldError(field, "must be an absolute http(s) URL"));
        }
        return maxLength(field, value, 2000);
    }

    public Checks noBlanks(String field, Collection<String> values) {
        if (values != null && values.stream().anyMatch(v -> v == null || v.isBlank())) {
            errors.add(new FieldError(field, "must not contain empty values"));
        }
        return this;
    }

    public Checks add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Throws a 400 naming every offending field, if there are any. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
