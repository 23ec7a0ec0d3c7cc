package dev.ladder.qa;

import dev.ladder.post.QuestionRef;
import java.time.Instant;
import java.util.UUID;

/**
 * Why and when a question was closed. {@code duplicateOf} is the question it repeats while that one
 * is live; null for other reasons, and once the original is deleted (its link would lead nowhere).
 */
public record Closing(CloseReason reason, QuestionRef duplicateOf, Instant closedAt) {

    /** Null for an open question. */
    static Closing of(CloseReason reason, Instant closedAt, UUID duplicateId, String duplicateTitle) {
        if (reason == null) {
            return null;
        }
        return new Closing(reason, duplicateId == null ? null : new QuestionRef(duplicateId, duplicateTitle), closedAt);
    }
}
