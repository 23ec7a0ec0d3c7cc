package dev.ladder.question;

import dev.ladder.account.User;
import dev.ladder.common.Timestamps;
import dev.ladder.post.AuthorSnapshot;
import dev.ladder.topic.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "questions")
public class Question {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;

    public boolean anonymous;

    @Embedded
    public AuthorSnapshot authorSnapshot;

    public String title;

    public String body;

    @Column(name = "body_html")
    public String bodyHtml;

    /** Changed only by atomic UPDATEs in the vote's transaction, never written back from here. */
    @Column(insertable = false, updatable = false)
    public int score;

    /** Changed only by atomic UPDATEs in the answer's transaction, never written back from here. */
    @Column(name = "answer_count", insertable = false, updatable = false)
    public int answerCount;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @ManyToMany
    @JoinTable(name = "question_topics", joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new LinkedHashSet<>();

    protected Question() {
    }

    Question(User author, boolean anonymous, AuthorSnapshot snapshot) {
        this.id = UUID.randomUUID();
        this.author = author;
        this.anonymous = anonymous;
        this.authorSnapshot = snapshot;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
        this.lastActivityAt = createdAt;
    }
}
