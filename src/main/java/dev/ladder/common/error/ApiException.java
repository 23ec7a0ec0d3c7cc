package dev.ladder.common.error;

/** A rule of the API was broken; the mappers turn it into a problem response of its {@link ProblemType}. */
public class ApiException extends RuntimeException {
    public final ProblemType type;

    public ApiException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(ProblemType.UNAUTHORIZED, detail);
    }

    /** A single-field validation failure found by a service rule rather than by Bean Validation. */
    public static InvalidFieldException invalid(String field, String message) {
        return new InvalidFieldException(ProblemType.VALIDATION, field, message);
    }

    /** A path or query parameter that cannot be read as its type says: a bad-request naming it. */
    public static InvalidFieldException badParameter(String name, String message) {
        return new InvalidFieldException(ProblemType.BAD_REQUEST, name, message);
    }

    public static final class InvalidFieldException extends ApiException {
        public final String field;

        InvalidFieldException(ProblemType type, String field, String message) {
            super(type, message);
            this.field = field;
        }
    }
}
