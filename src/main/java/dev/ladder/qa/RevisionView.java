package dev.ladder.qa;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ladder.post.Actor;
import java.time.Instant;

/**
 * A post as it was at {@code version}, the number its ETag carried then: {@code title} on a
 * question's revisions only; {@code editedAt} is when that version was written, by {@code editor}.
 */
public record RevisionView(
        int version,
        @JsonInclude(JsonInclude.Include.NON_NULL) String title,
        String body,
        String bodyHtml,
        Instant editedAt,
        Actor editor) {}
