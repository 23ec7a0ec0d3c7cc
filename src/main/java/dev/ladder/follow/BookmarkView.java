package dev.ladder.follow;

import dev.ladder.post.QuestionRef;
import java.time.Instant;
import java.util.UUID;

/** A bookmark: the question, and {@code answerId} when the bookmark is of one of its answers (null otherwise). */
public record BookmarkView(QuestionRef question, UUID answerId, Instant bookmarkedAt) {
    static BookmarkView of(BookmarkRow b) {
        return new BookmarkView(new QuestionRef(b.questionId(), b.questionTitle()), b.answerId(), b.createdAt());
    }
}
