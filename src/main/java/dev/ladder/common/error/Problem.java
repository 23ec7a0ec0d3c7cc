package dev.ladder.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://ladder.dev/problems/";

    public record FieldError(String field, String message) {}

    public static Problem of(ProblemType type, String detail) {
        return new Problem(URI.create(TYPE_BASE + type.slug), type.title, type.status, detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return of(ProblemType.VALIDATION, detail).withErrors(errors);
    }

    /** The problem of one field or parameter, said once in the detail and once in {@code errors}. */
    public static Problem ofField(ProblemType type, String field, String message) {
        return of(type, field + " " + message + ".").withErrors(List.of(new FieldError(field, message)));
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
