package dev.ladder.qa;

import dev.ladder.post.Byline;
import dev.ladder.post.Post;
import dev.ladder.topic.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

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

    /*
     * Closing is not an edit: it leaves the version (and so an If-Match read before it) alone, and
     * keeps no revision.
     */
    @Column(name = "closed_reason")
    @Convert(converter = CloseReason.Converter.class)
    @OptimisticLock(excluded = true)
    public CloseReason closedReason;

    @Column(name = "closed_at")
    @OptimisticLock(excluded = true)
    public Instant closedAt;

    @Column(name = "closed_by")
    @OptimisticLock(excluded = true)
    public UUID closedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_duplicate_of")
    @OptimisticLock(excluded = true)
    public Question closedDuplicateOf;

    @ManyToMany
    @JoinTable(
            name = "question_topics",
            joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new LinkedHashSet<>();

    protected Question() {}

    /** Why it is closed (null while open); the original of a duplicate only while it is live. */
    Closing closing() {
        Question original = closedDuplicateOf != null && closedDuplicateOf.deletedAt == null ? closedDuplicateOf : null;
        return Closing.of(
                closedReason,
                closedAt,
                original == null ? null : original.id,
                original == null ? null : original.title);
    }

    Question(Byline byline) {
        super(byline);
        this.lastActivityAt = createdAt;
    }
}
