package dev.ladder.qa;

import dev.ladder.post.Post;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A version of a question ({@code answerId} null) or of an answer that an edit replaced: the post
 * as it was at {@code version}, written at {@code editedAt} by its author or, when
 * {@code byModerator}, by a moderator. {@code replacedBy} made the edit that replaced it.
 */
@Entity
@Table(name = "post_revisions")
public class Revision {
    @Id
    public UUID id;

    @Column(name = "question_id")
    public UUID questionId;

    @Column(name = "answer_id")
    public UUID answerId;

    public int version;

    public String title;

    public String body;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "by_moderator")
    public boolean byModerator;

    @Column(name = "replaced_by")
    public UUID replacedBy;

    @Column(name = "replaced_by_moderator")
    public boolean replacedByModerator;

    protected Revision() {}

    /** {@code post} as it is before the edit {@code editorId} is about to make (the author's or a moderator's). */
    Revision(Post post, UUID questionId, UUID answerId, String title, boolean byModerator, UUID editorId) {
        this.id = UUID.randomUUID();
        this.questionId = questionId;
        this.answerId = answerId;
        this.version = post.version;
        this.title = title;
        this.body = post.body;
        this.bodyHtml = post.bodyHtml;
        this.editedAt = post.updatedAt;
        this.byModerator = byModerator;
        this.replacedBy = editorId;
        this.replacedByModerator = !editorId.equals(post.author.id);
    }
}
