package dev.ladder.follow;

import java.time.Instant;
import java.util.UUID;

/** A bookmark as the list reads it, with its question's title, in one query. */
public record BookmarkRow(UUID id, Instant createdAt, UUID questionId, String questionTitle, UUID answerId) {
    /** The list's select, the bookmark aliased {@code b}; posts are joined by entity name (see {@link FollowRow}). */
    static final String SELECT = "select new dev.ladder.follow.BookmarkRow(b.id, b.createdAt, b.questionId, q.title,"
            + " b.answerId) from Bookmark b join Question q on q.id = b.questionId"
            + " left join Answer a on a.id = b.answerId";
}
