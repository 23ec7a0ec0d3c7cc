package dev.ladder.qa;

import dev.ladder.post.Byline;
import dev.ladder.post.Post;
import dev.ladder.topic.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "questions")
public class Question extends Post {
    public String title;

    /** Changed only by atomic UPDATEs in the answer's transaction, never written back from here. */
    @Column(name = "answer_count", insertable = false, updatable = false)
    public int answerCount;

    /** The asker's accepted answer, if any; changed only by {@code AnswerRepository#accept}, never written back from here. */
    @Column(name = "accepted_answer_id", insertable = false, updatable = false)
    public UUID acceptedAnswerId;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    @ManyToMany
    @JoinTable(
            name = "question_topics",
            joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new LinkedHashSet<>();

    protected Question() {}

    Question(Byline byline) {
        super(byline);
        this.lastActivityAt = createdAt;
    }
}
