package dev.ladder.answer;

import dev.ladder.common.page.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AnswerRepository implements PanacheRepositoryBase<Answer, UUID> {

    /** A question's live answers, one keyset page, authors in the same query. */
    public List<Answer> page(UUID questionId, AnswerSort sort, Cursor after, int limit) {
        String order = " order by a." + sort.key + " desc, a.id desc";
        String base = "select a from Answer a join fetch a.author where a.question.id = ?1 and a.deletedAt is null";
        if (after == null) {
            return find(base + order, questionId).page(0, limit + 1).list();
        }
        after.requireSort(sort.name());
        return find(base + " and (a." + sort.key + ", a.id) < (?2, ?3)" + order, questionId, sort.keyOf(after),
                after.uuid(2)).page(0, limit + 1).list();
    }

    /** The caller's own live answers, anonymous ones included, newest first. */
    public List<Answer> pageByAuthor(UUID authorId, Cursor after, int limit) {
        String base = "select a from Answer a join fetch a.author join fetch a.question q"
                + " where a.author.id = ?1 and a.deletedAt is null and q.deletedAt is null";
        String order = " order by a.createdAt desc, a.id desc";
        if (after == null) {
            return find(base + order, authorId).page(0, limit + 1).list();
        }
        after.requireSort(AnswerSort.NEWEST.name());
        return find(base + " and (a.createdAt, a.id) < (?2, ?3)" + order, authorId, after.instant(1), after.uuid(2))
                .page(0, limit + 1).list();
    }

    public Optional<Answer> findWithDetails(UUID id) {
        return find("select a from Answer a join fetch a.author join fetch a.question where a.id = ?1", id)
                .firstResultOptional();
    }

    /** The question an answer belongs to, deleted or not. */
    public Optional<UUID> questionIdOf(UUID answerId) {
        return getEntityManager().createQuery("select a.questionId from Answer a where a.id = ?1", UUID.class)
                .setParameter(1, answerId).getResultStream().findFirst();
    }

    static Cursor cursorOf(AnswerSort sort, Answer a) {
        return Cursor.of(sort.name(), sort == AnswerSort.TOP ? a.score : a.createdAt, a.id);
    }
}
