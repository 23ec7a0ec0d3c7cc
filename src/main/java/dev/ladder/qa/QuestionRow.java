package dev.ladder.qa;

import dev.ladder.post.AuthorView;
import dev.ladder.post.Post;
import java.time.Instant;
import java.util.UUID;

/**
 * A question as lists read it: only the columns its view needs, straight into a record (see
 * AnswerRow for why). Topics come for the whole page in one more query.
 */
public record QuestionRow(
        UUID id,
        String title,
        String body,
        String bodyHtml,
        int score,
        int answerCount,
        UUID acceptedAnswerId,
        Closing closed,
        Instant createdAt,
        Instant updatedAt,
        Instant lastActivityAt,
        Instant deletedAt,
        Instant hiddenAt,
        int version,
        UUID authorId,
        AuthorView author) {

    /** The select list of the flat constructor below. */
    static final String SELECT = "select new dev.ladder.qa.QuestionRow(p.id, p.title, p.body, p.bodyHtml, p.score,"
            + " p.answerCount, p.acceptedAnswerId, p.closedReason, p.closedAt, original.id, original.title,"
            + " p.createdAt, p.updatedAt, p.lastActivityAt, p.deletedAt, p.hiddenAt, p.version, "
            + Post.BYLINE_COLUMNS + ")"
            + " from Question p join p.author u"
            + " left join p.closedDuplicateOf original on original.deletedAt is null";

    public QuestionRow(
            UUID id,
            String title,
            String body,
            String bodyHtml,
            int score,
            int answerCount,
            UUID acceptedAnswerId,
            CloseReason closedReason,
            Instant closedAt,
            UUID originalId,
            String originalTitle,
            Instant createdAt,
            Instant updatedAt,
            Instant lastActivityAt,
            Instant deletedAt,
            Instant hiddenAt,
            int version,
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
                title,
                body,
                bodyHtml,
                score,
                answerCount,
                acceptedAnswerId,
                Closing.of(closedReason, closedAt, originalId, originalTitle),
                createdAt,
                updatedAt,
                lastActivityAt,
                deletedAt,
                hiddenAt,
                version,
                authorId,
                AuthorView.of(handle, displayName, avatarUrl, anonymous, headline, companies, verified));
    }

    static QuestionRow of(Question q) {
        return new QuestionRow(
                q.id,
                q.title,
                q.body,
                q.bodyHtml,
                q.score,
                q.answerCount,
                q.acceptedAnswerId,
                q.closing(),
                q.createdAt,
                q.updatedAt,
                q.lastActivityAt,
                q.deletedAt,
                q.hiddenAt,
                q.version,
                q.author.id,
                q.authorView());
    }
}
