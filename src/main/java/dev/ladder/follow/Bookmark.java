package dev.ladder.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A reader's bookmark of a question ({@code answerId} null) or of one of its answers. Mapped for the
 * keyset list only; writes are plain SQL in {@link BookmarkRepository}, which checks the post.
 */
@Entity
@Table(name = "bookmarks")
public class Bookmark {
    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "question_id")
    public UUID questionId;

    @Column(name = "answer_id")
    public UUID answerId;

    @Column(name = "created_at")
    public Instant createdAt;

    protected Bookmark() {}
}
