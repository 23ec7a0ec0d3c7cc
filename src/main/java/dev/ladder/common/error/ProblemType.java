package dev.ladder.common.error;

/** Every kind of error the API answers with; its slug is the last segment of the problem's {@code type}. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Bad request"),
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    /** An answer to a question a moderator closed. */
    QUESTION_CLOSED(409, "question-closed", "Question closed"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    /** A work email whose domain cannot prove the position: free mail, unknown, or another company's. */
    UNVERIFIABLE_DOMAIN(422, "unverifiable-domain", "Domain cannot verify this position"),
    /** A verification code that is wrong, expired or out of attempts. */
    CODE_NOT_ACCEPTED(422, "code-not-accepted", "Code not accepted"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal", "Internal server error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    public final int status;
    public final String slug;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != MALFORMED_JSON) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
