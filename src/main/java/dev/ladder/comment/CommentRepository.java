package dev.ladder.comment;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    /** A question's own live comments (not its answers'), one keyset page, authors in the same query. */
    public List<CommentRow> pageOfQuestion(UUID questionId, Cursor after, int limit) {
        return new KeysetQuery(CommentRow.SELECT)
                .where("p.questionId = :question", "question", questionId)
                .where("p.answerId is null and p.deletedAt is null")
                .fetch(getEntityManager(), CommentRow.class, CommentSort.OLDEST, after, limit);
    }

    /** An answer's live comments, one keyset page, authors in the same query. */
    public List<CommentRow> pageOfAnswer(UUID answerId, Cursor after, int limit) {
        return new KeysetQuery(CommentRow.SELECT)
                .where("p.answerId = :answer", "answer", answerId)
                .where("p.deletedAt is null")
                .fetch(getEntityManager(), CommentRow.class, CommentSort.OLDEST, after, limit);
    }

    /**
     * The first {@code perPost} live comments of the question itself and of each of {@code answerIds},
     * oldest first, in one query: a lateral subquery per post reads only its first rows of the post's
     * list index, however many comments the posts have.
     */
    public List<CommentRow> firstOfPosts(UUID questionId, Collection<UUID> answerIds, int perPost) {
        String ofQuestion = "select f.id from Question q join lateral (select c.id as id from Comment c"
                + " where c.questionId = q.id and c.answerId is null and c.deletedAt is null"
                + " order by c.createdAt, c.id limit :perPost) f where q.id = :question";
        String ofAnswers = " union all select f.id from Answer a join lateral (select c.id as id from Comment c"
                + " where c.answerId = a.id and c.deletedAt is null"
                + " order by c.createdAt, c.id limit :perPost) f where a.id in :answers";
        var query = getEntityManager()
                .createQuery(
                        CommentRow.SELECT + " where p.id in (" + ofQuestion + (answerIds.isEmpty() ? "" : ofAnswers)
                                + ") order by p.createdAt, p.id",
                        CommentRow.class)
                .setParameter("question", questionId)
                .setParameter("perPost", perPost);
        if (!answerIds.isEmpty()) {
            query.setParameter("answers", answerIds);
        }
        return query.getResultList();
    }

    /**
     * A comment on a live post, in one query (a comment goes with the question or answer it is on):
     * a live one, or one the flags hid when {@code hiddenToo} or it is {@code readerId}'s own.
     */
    public Optional<CommentRow> findVisible(UUID id, UUID readerId, boolean hiddenToo) {
        return getEntityManager()
                .createQuery(
                        CommentRow.SELECT + " join Question q on q.id = p.questionId"
                                + " left join Answer a on a.id = p.answerId"
                                + " where p.id = :id and q.deletedAt is null and a.deletedAt is null"
                                + " and (p.deletedAt is null or p.hiddenAt is not null and (:hiddenToo = true or u.id = :reader))",
                        CommentRow.class)
                .setParameter("id", id)
                .setParameter("reader", readerId)
                .setParameter("hiddenToo", hiddenToo)
                .getResultStream()
                .findFirst();
    }

    /** A live comment on a live answer, or on its question (whose liveness the caller checks), with its author. */
    public Optional<Comment> findLive(UUID id) {
        return find(
                        "select p from Comment p join fetch p.author left join Answer a on a.id = p.answerId"
                                + " where p.id = ?1 and p.deletedAt is null and a.deletedAt is null",
                        id)
                .firstResultOptional();
    }

    /** The question a comment is on, deleted or not. */
    public Optional<UUID> questionIdOf(UUID commentId) {
        return getEntityManager()
                .createQuery("select c.questionId from Comment c where c.id = ?1", UUID.class)
                .setParameter(1, commentId)
                .getResultStream()
                .findFirst();
    }

    /** Stores who a (flushed) comment mentions: the users among {@code handles} (distinct, lower-cased) that exist. */
    public void mention(UUID commentId, Collection<String> handles) {
        if (handles.isEmpty()) {
            return;
        }
        getEntityManager()
                .createNativeQuery("INSERT INTO comment_mentions (comment_id, user_id)"
                        + " SELECT ?1, id FROM users WHERE lower(handle) IN (?2)")
                .setParameter(1, commentId)
                .setParameter(2, handles)
                .executeUpdate();
    }

    public void forgetMentions(UUID commentId) {
        getEntityManager()
                .createNativeQuery("DELETE FROM comment_mentions WHERE comment_id = ?1")
                .setParameter(1, commentId)
                .executeUpdate();
    }
}
