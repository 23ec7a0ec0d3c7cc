package dev.ladder.answer;

import dev.ladder.common.page.Cursor;
import dev.ladder.post.CredentialFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AnswerRepository implements PanacheRepositoryBase<Answer, UUID> {

    /** A question's live answers, one keyset page, authors in the same query. */
    public List<Answer> page(UUID questionId, AnswerSort sort, CredentialFilter credentials, Cursor after, int limit) {
        StringBuilder hql = new StringBuilder(
                "select a from Answer a join fetch a.author where a.question.id = :question and a.deletedAt is null");
        Map<String, Object> params = new HashMap<>();
        params.put("question", questionId);
        credentials.appendTo(hql, params, "a");
        if (after != null) {
            after.requireSort(sort.name());
            hql.append(" and (a.").append(sort.key).append(", a.id) < (:key, :id)");
            params.put("key", sort.keyOf(after));
            params.put("id", after.uuid(2));
        }
        hql.append(" order by a.").append(sort.key).append(" desc, a.id desc");
        return find(hql.toString(), params).page(0, limit + 1).list();
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
