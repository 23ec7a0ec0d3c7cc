package dev.ladder.comment;

import dev.ladder.post.Actor;
import java.time.Instant;
import java.util.UUID;

/** A comment as readers see it; {@code answerId} is null on a question's own comments, {@code canEdit} is the caller's. */
public record CommentView(
        UUID id,
        UUID questionId,
        UUID answerId,
        String body,
        String bodyHtml,
        Actor author,
        Instant createdAt,
        Instant updatedAt,
        boolean canEdit) {}
