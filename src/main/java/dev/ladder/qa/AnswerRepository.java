package dev.ladder.qa;

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
    public List<AnswerRow> page(UUID questionId, AnswerSort sort, CredentialFilter credentials, Cursor after, int limit) {
        StringBuilder hql = new StringBuilder(AnswerRow.SELECT).append(" where p.questionId = :question and p.deletedAt is null");
        Map<String, Object> params = new HashMap<>();
        params.put("question", questionId);
        credentials.appendTo(hql, params, "p");
        if (after != null) {
            after.requireSort(sort.name());
            hql.append(" and (p.").append(sort.key).append(", p.id) < (:key, :id)");
            params.put("key", sort.keyOf(after));
            params.put("id", after.uuid(2));
        }
        hql.append(" order by p.").append(sort.key).append(" desc, p.id desc");
        return rows(hql, params, limit);
    }

    /** The caller's own live answers, anonymous ones included, newest first. */
    public List<AnswerRow> pageByAuthor(UUID authorId, Cursor after, int limit) {
        StringBuilder hql = new StringBuilder(AnswerRow.SELECT)
                .append(" join p.question q where u.id = :author and p.deletedAt is null and q.deletedAt is null");
        Map<String, Object> params = new HashMap<>();
        params.put("author", authorId);
        if (after != null) {
            after.requireSort(AnswerSort.NEWEST.name());
            hql.append(" and (p.createdAt, p.id) < (:key, :id)");
            params.put("key", after.instant(1));
            params.put("id", after.uuid(2));
        }
        hql.append(" order by p.createdAt desc, p.id desc");
        return rows(hql, params, limit);
    }

    /** One more row than the page shows: it says whether a next page exists. */
    private List<AnswerRow> rows(CharSequence hql, Map<String, Object> params, int limit) {
        var query = getEntityManager().createQuery(hql.toString(), AnswerRow.class).setMaxResults(limit + 1);
        params.forEach(query::setParameter);
        return query.getResultList();
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

    static Cursor cursorOf(AnswerSort sort, AnswerRow a) {
        return Cursor.of(sort.name(), sort == AnswerSort.TOP ? a.score() : a.createdAt(), a.id());
    }
}
