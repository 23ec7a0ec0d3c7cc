package dev.ladder.qa;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ladder.common.http.Versioned;
import dev.ladder.common.page.Page;
import dev.ladder.post.AuthorView;
import dev.ladder.post.CommentView;
import java.time.Instant;
import java.util.UUID;

/**
 * An answer as readers see it; {@code myVote}, {@code bookmarked} and {@code canEdit} are the
 * caller's (null, null and false when signed out); {@code comments}
 * only on the question page with include=comments; {@code deletedAt} (moderators only) and
 * {@code hiddenAt} (its author and moderators only) as on questions. The version travels in the ETag.
 */
public record AnswerView(
        UUID id,
        UUID questionId,
        String body,
        String bodyHtml,
        AuthorView author,
        int score,
        boolean accepted,
        Integer myVote,
        Boolean bookmarked,
        boolean canEdit,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant deletedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant hiddenAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Page<CommentView> comments,
        @JsonIgnore int version)
        implements Versioned {

    AnswerView withComments(Page<CommentView> firstComments) {
        return new AnswerView(
                id,
                questionId,
                body,
                bodyHtml,
                author,
                score,
                accepted,
                myVote,
                bookmarked,
                canEdit,
                createdAt,
                updatedAt,
                deletedAt,
                hiddenAt,
                firstComments,
                version);
    }
}
