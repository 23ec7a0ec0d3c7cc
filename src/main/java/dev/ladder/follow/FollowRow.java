package dev.ladder.follow;

import java.time.Instant;
import java.util.UUID;

/** A follow as the list reads it, with what its target shows, in one query. */
public record FollowRow(
        UUID id,
        Instant createdAt,
        UUID questionId,
        String questionTitle,
        String topicSlug,
        String topicName,
        String handle,
        String displayName,
        String avatarUrl) {

    /**
     * The list's select, the follow aliased {@code f}. Targets are joined by entity name, not
     * mapped: questions, topics and users know nothing of follows, and follows import none of them.
     */
    static final String SELECT = "select new dev.ladder.follow.FollowRow(f.id, f.createdAt, f.questionId, q.title,"
            + " t.slug, t.name, u.handle, u.displayName, u.avatarUrl) from Follow f"
            + " left join Question q on q.id = f.questionId left join Topic t on t.id = f.topicId"
            + " left join User u on u.id = f.followeeId";
}
