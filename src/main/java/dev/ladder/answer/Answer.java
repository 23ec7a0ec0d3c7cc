package dev.ladder.answer;

import dev.ladder.account.User;
import dev.ladder.common.Timestamps;
import dev.ladder.post.AuthorSnapshot;
import dev.ladder.question.Question;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "answers")
public class Answer {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    public Question question;

    /** The question's id without loading the question. */
    @Column(name = "question_id", insertable = false, updatable = false)
    public UUID questionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;

    public boolean anonymous;

    @Embedded
    public AuthorSnapshot authorSnapshot;

    public String body;

    @Column(name = "body_html")
    public String bodyHtml;

    /** Changed only by atomic UPDATEs in the vote's transaction, never written back from here. */
    @Column(insertable = false, updatable = false)
    public int score;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    protected Answer() {
    }

    Answer(Question question, User author, boolean anonymous, AuthorSnapshot snapshot) {
        this.id = UUID.randomUUID();
        this.question = question;
        this.questionId = question.id;
        this.author = author;
        this.anonymous = anonymous;
        this.authorSnapshot = snapshot;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }
}
