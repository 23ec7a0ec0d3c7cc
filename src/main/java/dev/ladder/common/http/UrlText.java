package dev.ladder.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.EarlyProblem;
import dev.ladder.common.error.Problem;
import dev.ladder.common.error.ProblemType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.jboss.resteasy.reactive.common.util.Encode;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter and path segment must be text: percent-encoded UTF-8 without a NUL
 * character. A query parameter that is not gets a 400 naming it before any route; a path segment
 * gets one from JAX-RS, which knows the name of its parameter. A path with a malformed escape
 * cannot even be routed, and a URL that is no URI is refused before any route too, naming
 * nothing: Quarkus's own check refused both with an empty 400, so {@link dev.ladder.common.lifecycle.Main} turns it off.
 */
@ApplicationScoped
public class UrlText {
    static final String MALFORMED_ESCAPE = "has a '%' not followed by two hex digits (write '%' itself as %25)";
    static final String NOT_UTF8 = "is not UTF-8 once percent-decoded";
    static final String NUL = "must not contain a NUL character";

    private final ObjectMapper json;
    private final EarlyProblem unroutablePath;
    private final EarlyProblem notAUri;

    UrlText(ObjectMapper json) throws JsonProcessingException {
        this.json = json;
        this.unroutablePath =
                new EarlyProblem(json, Problem.of(ProblemType.BAD_REQUEST, "The path " + MALFORMED_ESCAPE + "."));
        this.notAUri = new EarlyProblem(
                json,
                Problem.of(
                        ProblemType.BAD_REQUEST,
                        "The URL holds a character that must be percent-encoded (such as a space, a quote or '|')."));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseUnreadableUrls);
    }

    private void refuseUnreadableUrls(RoutingContext ctx) {
        String url = ctx.request().uri();
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                String flaw = flaw(parameter);
                if (flaw != null) {
                    String name = parameter.split("=", 2)[0];
                    String field = flaw(name) == null ? URLDecoder.decode(name, StandardCharsets.UTF_8) : name;
                    send(ctx, Problem.ofField(ProblemType.BAD_REQUEST, field, flaw));
                    return;
                }
            }
        }
        if (MALFORMED_ESCAPE.equals(flaw(query < 0 ? url : url.substring(0, query)))) {
            unroutablePath.send(ctx);
        } else if (!isUri(url)) {
            notAUri.send(ctx);
        } else {
            ctx.next();
        }
    }

    private void send(RoutingContext ctx, Problem problem) {
        try {
            new EarlyProblem(json, problem).send(ctx);
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** A path segment that is no text, named by the path parameter it holds (as JAX-RS decoded it) where there is one. */
    @ServerRequestFilter
    public void refuseUnreadablePathParameters(UriInfo uri) {
        for (String segment : uri.getRequestUri().getRawPath().split("/")) {
            String flaw = flaw(segment);
            if (flaw != null) {
                String value = Encode.decodePath(segment);
                String name = uri.getPathParameters().entrySet().stream()
                        .filter(parameter -> parameter.getValue().contains(value))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
                throw name != null
                        ? ApiException.badParameter(name, flaw)
                        : new ApiException(ProblemType.BAD_REQUEST, "The path " + flaw + ".");
            }
        }
    }

    /** Why a percent-encoded part of a URL is no text, or null when it is. */
    static String flaw(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                bytes.write(c); // the request line's bytes, as Vert.x hands them over (ISO-8859-1)
            } else if (i + 2 < encoded.length()
                    && HexFormat.isHexDigit(encoded.charAt(i + 1))
                    && HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                return MALFORMED_ESCAPE;
            }
        }
        try {
            return StandardCharsets.UTF_8
                                    .newDecoder()
                                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                                    .toString()
                                    .indexOf('\0')
                            >= 0
                    ? NUL
                    : null;
        } catch (CharacterCodingException e) {
            return NOT_UTF8;
        }
    }

    private static boolean isUri(String url) {
        try {
            new URI(url);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
