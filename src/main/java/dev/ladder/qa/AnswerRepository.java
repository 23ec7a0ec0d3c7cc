package dev.ladder.qa;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import dev.ladder.post.CredentialFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
}
