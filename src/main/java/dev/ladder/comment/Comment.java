package dev.ladder.comment;

import dev.ladder.account.User;
import dev.ladder.common.Timestamps;
import dev.ladder.post.AuthorSnapshot;
import dev.ladder.post.Byline;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A comment on a question ({@code answerId} null) or on one of its answers. Its author shows as
 * on posts, from a byline frozen when it is written; {@code asker} and {@code postAuthor} mark the
 * author of the question or of the answer commented on.
 */
@Entity
@Table(name = "comments")
public class Comment {
    @Id
    public UUID id;

    @Column(name = "question_id")
    public UUID questionId;

    @Column(name = "answer_id")
    public UUID answerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;

    public boolean anonymous;

    @Embedded
    public AuthorSnapshot authorSnapshot;

    public boolean asker;

    @Column(name = "post_author")
    public boolean postAuthor;

    public String body;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** Set while flags keep the comment from readers; {@link #deletedAt} is then the same instant (V23). */
    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Version
    public int version;

    protected Comment() {}

    Comment(UUID questionId, UUID answerId, Byline byline, Role role) {
        this.id = UUID.randomUUID();
        this.questionId = questionId;
        this.answerId = answerId;
        this.author = byline.author();
        this.anonymous = byline.anonymous();
        this.authorSnapshot = byline.snapshot();
        this.asker = role == Role.ASKER;
        this.postAuthor = role == Role.POST_AUTHOR;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    /** What the comment's author is to the post it is on, as the comment shows it. */
    enum Role {
        NONE,
        ASKER,
        POST_AUTHOR
    }
}
