package dev.ladder.moderation;

import java.time.Instant;
import java.util.UUID;

/**
 * A flag as the queue reads it, in one query: the flagged post's question, its text (a question's
 * title, an answer's or comment's body) and whether it is hidden; the flagger's handle and name.
 */
record FlagRow(
        UUID id,
        PostType postType,
        UUID postId,
        UUID questionId,
        String postText,
        Instant postHiddenAt,
        FlagReason reason,
        String detail,
        FlagStatus status,
        Instant createdAt,
        Instant resolvedAt,
        String flaggerHandle,
        String flaggerName) {

    static final String SELECT = "select new dev.ladder.moderation.FlagRow(p.id, p.postType, p.postId,"
            + " coalesce(q.id, a.questionId, c.questionId), coalesce(q.title, a.body, c.body),"
            + " coalesce(q.hiddenAt, a.hiddenAt, c.hiddenAt), p.reason, p.detail, p.status, p.createdAt,"
            + " p.resolvedAt, u.handle, u.displayName)"
            + " from Flag p join User u on u.id = p.flaggerId"
            + " left join Question q on q.id = p.postId"
            + " left join Answer a on a.id = p.postId"
            + " left join Comment c on c.id = p.postId";
}
