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

    /**
     * Every notification of the reader: facts addressed to them, answers to the questions they
     * follow and the new questions of the topics they follow (one per topic and hour), each only
     * since they followed, never their own acts. Entities of other features are joined by name.
     */
    static final String FEED = "select e.id from NotificationEvent e where e.recipientId = :reader"
            + " union all select e.id from NotificationEvent e join Follow f on f.questionId = e.questionId"
            + " where e.type = 'answer' and f.userId = :reader and e.createdAt >= f.createdAt and e.actorId <> :reader"
            + " union all select max(e.id) from NotificationEvent e join Follow f on f.topicId = e.topicId"
            + " join Question nq on nq.id = e.questionId"
            + " where e.type = 'new-question' and f.userId = :reader and e.createdAt >= f.createdAt"
            + " and e.actorId <> :reader and nq.deletedAt is null group by e.topicId, e.batchStart";

    /** The select over the feed, the event aliased {@code e}; deleted posts withdraw what they caused. */
    static final String SELECT = "select new dev.ladder.notification.NotificationRow(e.id, e.type, e.createdAt, q.id,"
            + " q.title, e.answerId, e.commentId, t.slug, t.name,"
            + " (select count(x) from NotificationEvent x where x.type = 'new-question' and x.topicId = e.topicId"
            + "  and x.batchStart = e.batchStart and x.id <= e.id),"
            + " au.handle, au.displayName, au.avatarUrl, a.anonymous, a.authorSnapshot.headline,"
            + " a.authorSnapshot.companies,"
            + " cu.handle, cu.displayName, cu.avatarUrl, c.anonymous, c.authorSnapshot.headline,"
            + " c.authorSnapshot.companies, c.asker, c.postAuthor,"
            + " qu.handle, qu.displayName, qu.avatarUrl, q.anonymous, q.authorSnapshot.headline,"
            + " q.authorSnapshot.companies)"
            + " from NotificationEvent e join Question q on q.id = e.questionId join q.author qu"
            + " left join Answer a on a.id = e.answerId left join a.author au"
            + " left join Comment c on c.id = e.commentId left join c.author cu"
            + " left join Topic t on t.id = e.topicId";

    /** The conditions every read of the feed adds to {@link #SELECT}. */
    static final String LIVE = "e.id in (" + FEED + ") and q.deletedAt is null"
            + " and (e.answerId is null or a.deletedAt is null) and (e.commentId is null or c.deletedAt is null)";

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
            String commenterHandle,
            String commenterName,
            String commenterAvatar,
            Boolean commentAnonymous,
            String commentHeadline,
            String[] commentCompanies,
            Boolean commentByAsker,
            Boolean commentByPostAuthor,
            String askerHandle,
            String askerName,
            String askerAvatar,
            boolean questionAnonymous,
            String questionHeadline,
            String[] questionCompanies) {
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
            boolean asker,
            boolean postAuthor) {
        return Actor.of(
                AuthorView.of(handle, displayName, avatarUrl, anonymous, headline, companies), asker, postAuthor);
    }
}
