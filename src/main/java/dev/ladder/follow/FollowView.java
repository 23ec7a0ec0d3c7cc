package dev.ladder.follow;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ladder.post.QuestionRef;
import dev.ladder.post.TopicRef;
import java.time.Instant;

/** One thing the caller follows: exactly one of {@code question}, {@code topic}, {@code user}, as {@code type} says. */
public record FollowView(
        String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) QuestionRef question,
        @JsonInclude(JsonInclude.Include.NON_NULL) TopicRef topic,
        @JsonInclude(JsonInclude.Include.NON_NULL) FollowedUser user,
        Instant followedAt) {

    public record FollowedUser(
            String handle,
            String displayName,
            @JsonInclude(JsonInclude.Include.NON_NULL) String avatarUrl) {}

    static FollowView of(FollowRow f) {
        if (f.questionId() != null) {
            return new FollowView(
                    FollowKind.QUESTION.wireName(),
                    new QuestionRef(f.questionId(), f.questionTitle()),
                    null,
                    null,
                    f.createdAt());
        }
        if (f.topicSlug() != null) {
            return new FollowView(
                    FollowKind.TOPIC.wireName(), null, new TopicRef(f.topicSlug(), f.topicName()), null, f.createdAt());
        }
        return new FollowView(
                FollowKind.USER.wireName(),
                null,
                null,
                new FollowedUser(f.handle(), f.displayName(), f.avatarUrl()),
                f.createdAt());
    }
}
