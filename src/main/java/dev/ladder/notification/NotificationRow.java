package dev.ladder.notification;

import dev.ladder.post.Actor;
import dev.ladder.post.AuthorView;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification as the feed reads it, in one query: the fact, its question, and the byline of
 * whoever acted, taken from the post they wrote (an answer, a comment, or the question for an
 * acceptance), so an anonymous actor is that post's frozen headline and nothing else.
 */
public record NotificationRow(
        long id,
        String type,
        Instant createdAt,
        UUID questionId,
        String questionTitle,
        UUID answerId,
        UUID commentId,
        String topicSlug,
        String topicName,
        long batchCount,
        Actor actor) {

    /** The select of notifications whose ids {@link NotificationFeed} found, the event aliased {@code e}. */
    static final String SELECT = "select new dev.ladder.notification.NotificationRow(e.id, e.type, e.createdAt, q.id,"
            + " q.title, e.answerId, e.commentId, t.slug, t.name,"
            + " (select count(x) from NotificationEvent x where x.type = 'new-question' and x.topicId = e.topicId"
            + "  and x.batchStart = e.batchStart and x.id <= e.id),"
            + " au.handle, au.displayName, au.avatarUrl, a.anonymous, a.authorSnapshot.headline,"
            + " a.authorSnapshot.companies, a.authorSnapshot.verified,"
            + " cu.handle, cu.displayName, cu.avatarUrl, c.anonymous, c.authorSnapshot.headline,"
            + " c.authorSnapshot.companies, c.authorSnapshot.verified, c.asker, c.postAuthor,"
            + " qu.handle, qu.displayName, qu.avatarUrl, q.anonymous, q.authorSnapshot.headline,"
            + " q.authorSnapshot.companies, q.authorSnapshot.verified)"
            + " from NotificationEvent e join Question q on q.id = e.questionId join q.author qu"
            + " left join Answer a on a.id = e.answerId left join a.author au"
            + " left join Comment c on c.id = e.commentId left join c.author cu"
            + " left join Topic t on t.id = e.topicId";

    public NotificationRow(
            long id,
            String type,
            Instant createdAt,
            UUID questionId,
            String questionTitle,
            UUID answerId,
            UUID commentId,
            String topicSlug,
            String topicName,
            long batchCount,
            String answererHandle,
            String answererName,
            String answererAvatar,
            Boolean answerAnonymous,
            String answerHeadline,
            String[] answerCompanies,
            Boolean answerVerified,
            String commenterHandle,
            String commenterName,
            String commenterAvatar,
            Boolean commentAnonymous,
            String commentHeadline,
            String[] commentCompanies,
            Boolean commentVerified,
            Boolean commentByAsker,
            Boolean commentByPostAuthor,
            String askerHandle,
            String askerName,
            String askerAvatar,
            boolean questionAnonymous,
            String questionHeadline,
            String[] questionCompanies,
            boolean questionVerified) {
        this(
                id,
                type,
                createdAt,
                questionId,
                questionTitle,
                answerId,
                commentId,
                topicSlug,
                topicName,
                batchCount,
                switch (type) {
                    case "answer" ->
                        actor(
                                answererHandle,
                                answererName,
                                answererAvatar,
                                answerAnonymous,
                                answerHeadline,
                                answerCompanies,
                                answerVerified,
                                false,
                                false);
                    case "comment", "mention" ->
                        actor(
                                commenterHandle,
                                commenterName,
                                commenterAvatar,
                                commentAnonymous,
                                commentHeadline,
                                commentCompanies,
                                commentVerified,
                                commentByAsker,
                                commentByPostAuthor);
                    case "accepted" ->
                        actor(
                                askerHandle,
                                askerName,
                                askerAvatar,
                                questionAnonymous,
                                questionHeadline,
                                questionCompanies,
                                questionVerified,
                                true,
                                false);
                    default -> null; // new questions, batched: nobody in particular
                });
    }

    private static Actor actor(
            String handle,
            String displayName,
            String avatarUrl,
            boolean anonymous,
            String headline,
            String[] companies,
            boolean verified,
            boolean asker,
            boolean postAuthor) {
        return Actor.of(
                AuthorView.of(handle, displayName, avatarUrl, anonymous, headline, companies, verified),
                asker,
                postAuthor);
    }
}
