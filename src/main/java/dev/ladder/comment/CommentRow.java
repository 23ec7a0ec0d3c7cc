package dev.ladder.comment;

import dev.ladder.post.Actor;
import dev.ladder.post.AuthorView;
import dev.ladder.post.Post;
import java.time.Instant;
import java.util.UUID;

/** A comment as reads see it: only the columns its view needs, its author's in the same query. */
public record CommentRow(
        UUID id,
        UUID questionId,
        UUID answerId,
        String body,
        String bodyHtml,
        Instant createdAt,
        Instant updatedAt,
        Instant hiddenAt,
        UUID authorId,
        Actor author) {

    /** The select list of the flat constructor below; the comment's alias is {@code p}, its author's {@code u}. */
    static final String SELECT = "select new dev.ladder.comment.CommentRow(p.id, p.questionId, p.answerId, p.body,"
            + " p.bodyHtml, p.createdAt, p.updatedAt, p.hiddenAt, p.asker, p.postAuthor, " + Post.BYLINE_COLUMNS
            + ") from Comment p join p.author u";

    public CommentRow(
            UUID id,
            UUID questionId,
            UUID answerId,
            String body,
            String bodyHtml,
            Instant createdAt,
            Instant updatedAt,
            Instant hiddenAt,
            boolean asker,
            boolean postAuthor,
            UUID authorId,
            String handle,
            String displayName,
            String avatarUrl,
            boolean anonymous,
            String headline,
            String[] companies,
            boolean verified) {
        this(
                id,
                questionId,
                answerId,
                body,
                bodyHtml,
                createdAt,
                updatedAt,
                hiddenAt,
                authorId,
                Actor.of(
                        AuthorView.of(handle, displayName, avatarUrl, anonymous, headline, companies, verified),
                        asker,
                        postAuthor));
    }

    static CommentRow of(Comment c) {
        return new CommentRow(
                c.id,
                c.questionId,
                c.answerId,
                c.body,
                c.bodyHtml,
                c.createdAt,
                c.updatedAt,
                c.hiddenAt,
                c.author.id,
                Actor.of(AuthorView.of(c.author, c.anonymous, c.authorSnapshot), c.asker, c.postAuthor));
    }
}
