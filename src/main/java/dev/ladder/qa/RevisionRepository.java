package dev.ladder.qa;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import dev.ladder.post.Post;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<Revision, UUID> {

    /** Keeps a question as it is before the caller's edit. */
    void keep(Question question, UUID editorId) {
        keep(question, question.id, null, question.title, editorId, "p.questionId = ?1");
    }

    /** Keeps an answer as it is before the caller's edit. */
    void keep(Answer answer, UUID editorId) {
        keep(answer, null, answer.id, null, editorId, "p.answerId = ?1");
    }

    /** A question's revisions, one keyset page, newest first. */
    List<RevisionRow> pageOfQuestion(UUID questionId, Cursor after, int limit) {
        return new KeysetQuery(RevisionRow.SELECT)
                .where("p.questionId = :post", "post", questionId)
                .fetch(getEntityManager(), RevisionRow.class, RevisionSort.NEWEST, after, limit);
    }

    /** An answer's revisions, one keyset page, newest first. */
    List<RevisionRow> pageOfAnswer(UUID answerId, Cursor after, int limit) {
        return new KeysetQuery(RevisionRow.SELECT)
                .where("p.answerId = :post", "post", answerId)
                .fetch(getEntityManager(), RevisionRow.class, RevisionSort.NEWEST, after, limit);
    }

    /**
     * Who wrote the version being replaced is who replaced the one before it, as the newest
     * earlier revision records; with none, it is the post as its author wrote it.
     */
    private void keep(Post post, UUID questionId, UUID answerId, String title, UUID editorId, String ofPost) {
        boolean byModerator = getEntityManager()
                .createQuery(
                        "select p.replacedByModerator from Revision p where " + ofPost
                                + " and p.version < ?2 order by p.version desc",
                        Boolean.class)
                .setParameter(1, post.id)
                .setParameter(2, post.version)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(false);
        persist(new Revision(post, questionId, answerId, title, byModerator, editorId));
    }
}
