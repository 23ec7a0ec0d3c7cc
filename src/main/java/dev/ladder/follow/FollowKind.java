package dev.ladder.follow;

import java.util.Locale;

/**
 * What can be followed. A follow row names its target in one column per kind; the target is found
 * by the key its URL carries (a question's id, a topic's slug, a user's handle in any case).
 */
public enum FollowKind {
    QUESTION(
            "question_id",
            "questionId",
            "SELECT id FROM questions WHERE id = CAST(:key AS uuid) AND deleted_at IS NULL",
            "No question has that id."),
    TOPIC("topic_id", "topicId", "SELECT id FROM topics WHERE slug = :key", "No topic has that slug."),
    USER(
            "followee_id",
            "followeeId",
            "SELECT id FROM users WHERE lower(handle) = lower(:key)",
            "No user has that handle.");

    /** The column of {@code follows} that holds this kind's target, and its {@link Follow} attribute. */
    final String column;

    final String attribute;
    /** The target's id from its key, one row or none. */
    final String lookup;

    final String notFound;

    FollowKind(String column, String attribute, String lookup, String notFound) {
        this.column = column;
        this.attribute = attribute;
        this.lookup = lookup;
        this.notFound = notFound;
    }

    /** {@code question}, {@code topic}, {@code user}: the {@code type} of a follow on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
