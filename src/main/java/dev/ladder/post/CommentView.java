package dev.ladder.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A comment as readers see it; {@code answerId} is null on a question's own comments, {@code canEdit}
 * is the caller's; {@code hiddenAt} only on a comment the flags hid, which only its author and
 * moderators can see. Here rather than in the comment feature because the question page embeds
 * comments in questions and answers (see {@link FirstComments}).
 */
public record CommentView(
        UUID id,
        UUID questionId,
        UUID answerId,
        String body,
        String bodyHtml,
        Actor author,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant hiddenAt,
        boolean canEdit) {}
