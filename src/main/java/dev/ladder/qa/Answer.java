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

    protected Answer() {}

    Answer(Question question, Byline byline) {
        super(byline);
        this.question = question;
        this.questionId = question.id;
    }
}
