package dev.ladder.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A flag: on which post, why, by whom, and what became of it. Only moderators and the flagger
 * ever see one, and it never names the post's author (an anonymous author stays anonymous to the
 * flagger, and moderators read the post itself for its byline).
 */
public record FlagView(
        UUID id,
        FlaggedPost post,
        FlagReason reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
        FlagStatus status,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant resolvedAt,
        Flagger flaggedBy) {

    /** How much of the post's text a flag shows. */
    static final int EXCERPT_LENGTH = 200;

    /** The flagged post: where it is, the start of its text, and since when it is hidden, if it is. */
    public record FlaggedPost(
            PostType type,
            UUID id,
            UUID questionId,
            String excerpt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant hiddenAt) {}

    public record Flagger(String handle, String displayName) {}

    static FlagView of(FlagRow row) {
        String text = row.postText();
        return new FlagView(
                row.id(),
                new FlaggedPost(
                        row.postType(),
                        row.postId(),
                        row.questionId(),
                        text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH - 1) + "…",
                        row.postHiddenAt()),
                row.reason(),
                row.detail(),
                row.status(),
                row.createdAt(),
                row.resolvedAt(),
                new Flagger(row.flaggerHandle(), row.flaggerName()));
    }
}
