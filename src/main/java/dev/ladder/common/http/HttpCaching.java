package dev.ladder.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.config.LadderConfig;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching for every response of the API, in one place. Successful reads get a strong ETag
 * (a hash of the body as sent) and answer If-None-Match with a 304; signed-out reads may be kept
 * by any cache (a CDN) for a few seconds; reads with a token are the caller's own (myVote,
 * canEdit) and must be revalidated; account data, tokens, writes and errors are never stored.
 */
public class HttpCaching {
    private static final String NO_STORE = "no-store";
    private static final String PRIVATE = "private, no-cache";
    private static final String ACCOUNT_PATHS = "/api/v1/me";
    /** What the JSON writer would have declared for the same body: Jackson writes UTF-8. */
    private static final MediaType JSON_UTF8 =
            MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name());

    private final ObjectMapper json;
    private final String publicCacheControl;

    HttpCaching(ObjectMapper json, LadderConfig config) {
        this.json = json;
        this.publicCacheControl =
                "public, max-age=" + config.cache().publicMaxAge().toSeconds();
    }

    /**
     * Response filters run from the highest priority down, so this one comes after those of
     * Priorities.USER (such as the paging Link header, which reads the Page): it replaces the
     * entity by the bytes it hashed, and the body is serialized once, not again for the wire.
     */
    @ServerResponseFilter(priority = Priorities.HEADER_DECORATOR)
    public void cache(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        boolean read = request.getMethod().equals(HttpMethod.GET)
                || request.getMethod().equals(HttpMethod.HEAD);
        boolean ok = response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL;
        Object entity = response.getEntity();
        // Reads, and writes that answer with a post: its tag is what the next If-Match sends. A
        // streamed body (an account's export) is never held whole, so it goes untagged.
        boolean streamed = entity instanceof StreamingOutput;
        if (ok && entity != null && !streamed && (read || entity instanceof Versioned)) {
            byte[] body = json.writeValueAsBytes(entity);
            String etag = EntityTags.of(entity, body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.setEntity(body, null, JSON_UTF8);
            if (read && EntityTags.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
                // No body, so no Content-Type (RFC 9110 15.4.5): a validating proxy takes one on a 304 for an error.
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
                response.setEntity(null);
                response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            }
        }
        if (read) {
            // Caches must keep a signed-in and a signed-out copy apart: their bodies differ.
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request, read && ok));
    }

    private String cacheControl(ContainerRequestContext request, boolean successfulRead) {
        if (!successfulRead || request.getUriInfo().getPath().startsWith(ACCOUNT_PATHS)) {
            return NO_STORE;
        }
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? publicCacheControl : PRIVATE;
    }
}
