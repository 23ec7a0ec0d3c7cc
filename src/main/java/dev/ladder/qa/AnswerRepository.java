package dev.ladder.qa;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import dev.ladder.post.CredentialFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class AnswerRepository implements PanacheRepositoryBase<Answer, UUID> {

    /** A question's live answers, one keyset page, authors in the same query. */
    public List<AnswerRow> page(
            UUID questionId, AnswerSort sort, CredentialFilter credentials, Cursor after, int limit) {
        KeysetQuery query = new KeysetQuery(AnswerRow.SELECT)
                .where("p.questionId = :question", "question", questionId)
                .where("p.deletedAt is null");
        credentials.applyTo(query, "p");
        return query.fetch(getEntityManager(), AnswerRow.class, sort, after, limit);
    }

    /** The caller's own live answers, anonymous ones included, newest first. */
    public List<AnswerRow> pageByAuthor(UUID authorId, Cursor after, int limit) {
        return new KeysetQuery(AnswerRow.SELECT + " join p.question q")
                .where("u.id = :author", "author", authorId)
                .where("p.deletedAt is null and q.deletedAt is null")
                .fetch(getEntityManager(), AnswerRow.class, AnswerSort.NEWEST, after, limit);
    }

    public Optional<Answer> findWithDetails(UUID id) {
        return find("select a from Answer a join fetch a.author join fetch a.question where a.id = ?1", id)
                .firstResultOptional();
    }

    /** The question an answer belongs to, deleted or not. */
    public Optional<UUID> questionIdOf(UUID answerId) {
        return getEntityManager()
                .createQuery("select a.questionId from Answer a where a.id = ?1", UUID.class)
                .setParameter(1, answerId)
                .getResultStream()
                .findFirst();
    }

    /** Whether {@code answerId} is a live answer to {@code questionId}. */
    public boolean isLiveAnswerOf(UUID answerId, UUID questionId) {
        return count("id = ?1 and questionId = ?2 and deletedAt is null", answerId, questionId) > 0;
    }

    /**
     * Makes {@code answerId} (null: none) the question's accepted answer in one statement: the
     * previous one loses the mark, the new one gains it, the question points at it, and the authors
     * shown under their name lose and gain {@code reputation} (summed per author, as one author may
     * hold both). Only under the question's lock, so racing changes apply one after another.
     */
    public void accept(UUID questionId, UUID answerId, int reputation) {
        getEntityManager()
                .createNativeQuery("WITH unmarked AS (UPDATE answers SET accepted = false"
                        + "    WHERE question_id = :question AND accepted AND id IS DISTINCT FROM :answer"
                        + "    RETURNING author_id, anonymous, -1 AS sign),"
                        + " marked AS (UPDATE answers SET accepted = true"
                        + "    WHERE id = :answer AND question_id = :question AND NOT accepted"
                        + "    RETURNING author_id, anonymous, 1 AS sign),"
                        + " pointed AS (UPDATE questions SET accepted_answer_id = :answer WHERE id = :question),"
                        + " earned AS (SELECT author_id, sum(sign) * :reputation AS d"
                        + "    FROM (SELECT * FROM unmarked UNION ALL SELECT * FROM marked) m"
                        + "    WHERE NOT anonymous GROUP BY author_id)"
                        + " UPDATE users u SET reputation = u.reputation + earned.d FROM earned"
                        + " WHERE u.id = earned.author_id AND earned.d <> 0")
                .unwrap(NativeQuery.class)
                .setParameter("question", questionId, UUID.class)
                .setParameter("answer", answerId, UUID.class)
                .setParameter("reputation", reputation)
                .executeUpdate();
    }
}
