package dev.ladder.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A fact someone may be notified of (see V17). Mapped for the reads only; {@link Notifier} writes them in SQL. */
@Entity
@Table(name = "notification_events")
public class NotificationEvent {
    @Id
    public Long id;

    public String type;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "question_id")
    public UUID questionId;

    @Column(name = "answer_id")
    public UUID answerId;

    @Column(name = "comment_id")
    public UUID commentId;

    @Column(name = "topic_id")
    public Long topicId;

    @Column(name = "batch_start")
    public Instant batchStart;

    protected NotificationEvent() {}
}
