package dev.ladder.common.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.error.Problem;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The size limit for bodies that do not announce their length (chunked): the JSON reader stops at
 * ladder.max-body-size, and the request gets the same 413 problem as one refused by
 * {@link BodySizeLimit}. Vert.x's own limit (quarkus.http.limits.max-body-size) sits above it, or
 * Vert.x would cut the body off first with an empty 413. Set at start-up rather than by an
 * ObjectMapperCustomizer: the mapper is built before the runtime configuration exists.
 */
@ApplicationScoped
public class JsonLimits {
    private final long maxBytes;

    JsonLimits(LadderConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    void apply(@Observes StartupEvent event, ObjectMapper json) {
        json.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxBytes)
                        .build());
    }

    /**
     * Whether the reader stopped at the size limit, maybe wrapped in the error about the field it
     * was reading. Jackson has one exception for all its limits; only its message tells the
     * document length from, say, nesting.
     */
    public static boolean tooLarge(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof StreamConstraintsException
                    && String.valueOf(e.getMessage()).startsWith("Document length")) {
                return true;
            }
        }
        return false;
    }

    public Problem problem() {
        return BodySizeLimit.tooLarge(maxBytes);
    }
}
