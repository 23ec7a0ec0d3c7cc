package dev.ladder.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A reader following one question, topic or user (exactly one target column is set). Mapped for the
 * keyset list only; writes are plain SQL in {@link FollowRepository}, which checks the target.
 */
@Entity
@Table(name = "follows")
public class Follow {
    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "question_id")
    public UUID questionId;

    @Column(name = "topic_id")
    public Long topicId;

    @Column(name = "followee_id")
    public UUID followeeId;

    @Column(name = "created_at")
    public Instant createdAt;

    protected Follow() {}
}
