package dev.ladder.qa;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ladder.common.http.Versioned;
import dev.ladder.common.page.Page;
import dev.ladder.post.AuthorView;
import dev.ladder.post.CommentView;
import dev.ladder.post.TopicRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A question as readers see it. {@code myVote}, {@code following}, {@code bookmarked} and
 * {@code canEdit} are the caller's (null, null, null and false when signed out); {@code answers} and {@code comments} are present only when asked for with
 * {@code include}; {@code closed} is null while the question is open; {@code deletedAt} only on
 * deleted questions, which only moderators can see; {@code hiddenAt} only on questions the flags
 * hid, which only their author and moderators can see. The version travels in the ETag header, not in
 * the body.
 */
public record QuestionView(
        UUID id,
        String title,
        String body,
        String bodyHtml,
        List<TopicRef> topics,
        AuthorView author,
        int score,
        int answerCount,
        UUID acceptedAnswerId,
        Closing closed,
        Integer myVote,
        Boolean following,
        Boolean bookmarked,
        boolean canEdit,
        Instant createdAt,
        Instant updatedAt,
        Instant lastActivityAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant deletedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant hiddenAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Page<CommentView> comments,
        @JsonInclude(JsonInclude.Include.NON_NULL) Page<AnswerView> answers,
        @JsonIgnore int version)
        implements Versioned {

    /** The question page: the question with its first comments and first answers, each null when not asked for. */
    QuestionView with(Page<CommentView> firstComments, Page<AnswerView> firstAnswers) {
        return new QuestionView(
                id,
                title,
                body,
                bodyHtml,
                topics,
                author,
                score,
                answerCount,
                acceptedAnswerId,
                closed,
                myVote,
                following,
                bookmarked,
                canEdit,
                createdAt,
                updatedAt,
                lastActivityAt,
                deletedAt,
                hiddenAt,
                firstComments,
                firstAnswers,
                version);
    }
}
