package dev.ladder.qa;

import dev.ladder.post.AuthorView;
import dev.ladder.post.Post;
import java.time.Instant;
import java.util.UUID;

/**
 * An answer as lists read it: only the columns its view needs, straight into a record. A page of
 * entities cost more than its SQL (hydration, the author's whole account row, dirty-check copies).
 */
public record AnswerRow(
        UUID id,
        UUID questionId,
        String body,
        String bodyHtml,
        int score,
        boolean accepted,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        Instant hiddenAt,
        int version,
        UUID authorId,
        AuthorView author) {

    /** The select list of the flat constructor below. */
    static final String SELECT = "select new dev.ladder.qa.AnswerRow(p.id, p.questionId, p.body, p.bodyHtml, p.score,"
            + " p.accepted, p.createdAt, p.updatedAt, p.deletedAt, p.hiddenAt, p.version, " + Post.BYLINE_COLUMNS
            + ") from Answer p join p.author u";

    public AnswerRow(
            UUID id,
            UUID questionId,
            String body,
            String bodyHtml,
            int score,
            boolean accepted,
            Instant createdAt,
            Instant updatedAt,
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
                questionId,
                body,
                bodyHtml,
                score,
                accepted,
                createdAt,
                updatedAt,
                deletedAt,
                hiddenAt,
                version,
                authorId,
                AuthorView.of(handle, displayName, avatarUrl, anonymous, headline, companies, verified));
    }

    static AnswerRow of(Answer a) {
        return new AnswerRow(
                a.id,
                a.questionId,
                a.body,
                a.bodyHtml,
                a.score,
                a.accepted,
                a.createdAt,
                a.updatedAt,
                a.deletedAt,
                a.hiddenAt,
                a.version,
                a.author.id,
                a.authorView());
    }

    /** The TOP order's key, as the database computes it (V13). */
    long topRank() {
        return (accepted ? Answer.ACCEPTED_RANK : 0) + score;
    }
}
