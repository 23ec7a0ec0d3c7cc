package dev.ladder.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.ladder.common.http.JsonLimits;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.channels.ClosedChannelException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches JAX-RS into an {@code application/problem+json} response. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** When a 503 tells the client to come back: the database or another instance is usually there by then. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private static final List<Class<?>> RULE_ORDER =
            List.of(NotNull.class, NotBlank.class, NotEmpty.class, Pattern.class);

    private final JsonLimits jsonLimits;

    ProblemMappers(JsonLimits jsonLimits) {
        this.jsonLimits = jsonLimits;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        if (e instanceof ApiException.InvalidFieldException invalid) {
            return respond(Problem.ofField(invalid.type, invalid.field, invalid.getMessage()));
        }
        return respond(Problem.of(e.type, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .collect(Collectors.groupingBy(
                        ProblemMappers::fieldName,
                        TreeMap::new,
                        Collectors.minBy(Comparator.comparingInt(ProblemMappers::ruleOrder)
                                .thenComparing(ConstraintViolation::getMessage))))
                .entrySet()
                .stream()
                .map(field -> new Problem.FieldError(
                        field.getKey(), field.getValue().orElseThrow().getMessage()))
                .toList();
        return respond(Problem.invalid("The request has " + errors.size() + " invalid field(s).", errors));
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class
    })
    public Response malformedJson(JsonProcessingException e) {
        if (JsonLimits.tooLarge(e)) {
            // The rest of the body is never read: the connection cannot carry another request.
            return problem(jsonLimits.problem()).header("Connection", "close").build();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = e instanceof InvalidFormatException format
                    ? "must be a valid " + friendlyType(format.getTargetType())
                    : "has the wrong type or shape";
            return respond(Problem.ofField(ProblemType.VALIDATION, field, message));
        }
        return respond(Problem.of(
                ProblemType.MALFORMED_JSON,
                e instanceof MismatchedInputException
                        ? "The request body must be a JSON object with the documented fields."
                        : "The request body is not valid JSON."));
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e) {
        return respond(Problem.of(
                ProblemType.UNAUTHORIZED,
                "A valid bearer token is required: send 'Authorization: Bearer <accessToken>'."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your account does not have the role this needs."));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        if (e.getCause() instanceof ApiException named) {
            // A parameter converter that knows the parameter's name (UuidParameters).
            return apiException(named);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter does not convert (?limit=abc): it is the request that
            // is wrong.
            return respond(Problem.of(
                    ProblemType.BAD_REQUEST,
                    "A path or query parameter has the wrong type (for example a number or an id that is not one)."));
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = problem(Problem.of(type, webDetail(type)));
        if (status == 405) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseErrors.unreachable(e)) {
            LOG.warn("Database unreachable: " + e.getMessage());
            return problem(Problem.of(ProblemType.UNAVAILABLE, "The database is unreachable; try again shortly."))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        if (DatabaseErrors.refusedValue(e)) {
            LOG.debug("Database refused a value", e);
            return respond(
                    Problem.of(
                            ProblemType.BAD_REQUEST,
                            "A value in the request cannot be stored or searched for (for example it contains a NUL character)."));
        }
        if (DatabaseErrors.conflicted(e)) {
            LOG.info("Integrity violation: " + e.getMessage());
            return respond(Problem.of(
                    ProblemType.CONFLICT, "The request conflicts with a change made at the same time; try again."));
        }
        if (clientHungUp(e)) {
            // The client closed the connection while its body was on the way: nobody is left to
            // answer and nothing went wrong here, so it is no 500 and no error in the log.
            LOG.debug("The client closed the connection before its request was read", e);
            return respond(
                    Problem.of(ProblemType.BAD_REQUEST, "The connection closed before the request body was complete."));
        }
        LOG.error("Unexpected error", e);
        return respond(Problem.of(ProblemType.INTERNAL, "Something went wrong on our side."));
    }

    static Response respond(Problem problem) {
        return problem(problem).build();
    }

    public static Response.ResponseBuilder problem(Problem problem) {
        Response.ResponseBuilder response =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response;
    }

    private static String webDetail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No resource exists at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not support that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This API answers application/json only.";
            default -> "The request could not be understood: check its parameters and body.";
        };
    }

    /**
     * A field that breaks several rules gets the message of the first: that it is missing, then
     * what it must be made of ({@code must not be blank}), then anything else such as its size.
     */
    private static int ruleOrder(ConstraintViolation<?> violation) {
        int order = RULE_ORDER.indexOf(
                violation.getConstraintDescriptor().getAnnotation().annotationType());
        return order < 0 ? RULE_ORDER.size() : order;
    }

    /** "register.body.handle" becomes "handle": clients know their own field names, not our method names. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .toList();
        String field = nodes.stream()
                .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(n -> n.getIndex() != null ? n.getName() + "[" + n.getIndex() + "]" : n.getName())
                .filter(name -> name != null && !name.startsWith("<"))
                .collect(Collectors.joining("."));
        if (!field.isEmpty()) {
            return field;
        }
        // A query or path parameter, or a missing body (resources name their body parameter "body").
        return nodes.get(nodes.size() - 1).getName();
    }

    private static String friendlyType(Class<?> type) {
        if (type.isEnum()) {
            return "value (one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")";
        }
        return switch (type.getSimpleName()) {
            case "YearMonth" -> "year-month (YYYY-MM)";
            case "Integer", "int", "Long", "long" -> "integer";
            case "Boolean", "boolean" -> "boolean";
            case "UUID" -> "id";
            default -> type.getSimpleName().toLowerCase(Locale.ROOT);
        };
    }

    /** Vert.x reports a connection closed under a blocked body read in one of these two ways. */
    private static boolean clientHungUp(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof ClosedChannelException || e instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }
}
