package dev.ladder.qa;

import dev.ladder.post.Byline;
import dev.ladder.post.Post;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "answers")
public class Answer extends Post {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    public Question question;

    /** The question's id without loading the question. */
    @Column(name = "question_id", insertable = false, updatable = false)
    public UUID questionId;

    /** The asker's pick; set only by the accepting statement under the question's lock, never written back from here. */
    @Column(insertable = false, updatable = false)
    public boolean accepted;

    /** The TOP order's key, computed by the database (V13): the accepted answer first, then by score. */
    @Column(name = "top_rank", insertable = false, updatable = false)
    public long topRank;

    /** What acceptance adds to an answer's rank: more than any integer score, so it comes first. */
    static final long ACCEPTED_RANK = 1L << 32;

    protected Answer() {}

    Answer(Question question, Byline byline) {
        super(byline);
        this.question = question;
        this.questionId = question.id;
    }
}
