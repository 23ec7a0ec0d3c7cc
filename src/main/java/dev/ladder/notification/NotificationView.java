package dev.ladder.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ladder.post.Actor;
import dev.ladder.post.QuestionRef;
import dev.ladder.post.TopicRef;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification. {@code actor} is who acted, as the post they wrote shows them (null for new
 * questions, which come batched per topic with their {@code count}); {@code answerId} and
 * {@code commentId} are there when the fact is about one.
 */
public record NotificationView(
        long id,
        String type,
        Instant createdAt,
        boolean read,
        Actor actor,
        QuestionRef question,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID answerId,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID commentId,
        @JsonInclude(JsonInclude.Include.NON_NULL) TopicRef topic,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer count) {

    static NotificationView of(NotificationRow n, long readUpTo) {
        boolean batch = n.topicSlug() != null;
        return new NotificationView(
                n.id(),
                n.type(),
                n.createdAt(),
                n.id() <= readUpTo,
                n.actor(),
                new QuestionRef(n.questionId(), n.questionTitle()),
                n.answerId(),
                n.commentId(),
                batch ? new TopicRef(n.topicSlug(), n.topicName()) : null,
                batch ? (int) n.batchCount() : null);
    }
}
