package dev.ladder.qa;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import dev.ladder.post.CredentialFilter;
import dev.ladder.post.TopicRef;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    /** Which questions a list shows. An author filter never matches anonymous posts, except the author's own list. */
    public record Filter(Long topicId, UUID authorId, boolean includeAnonymous, CredentialFilter credentials) {}

    /**
     * One keyset page: the author comes in the same query; topics come for the whole page in a
     * second one ({@link #topicsOf}), so the cost does not grow with the page size.
     */
    public List<QuestionRow> page(QuestionSort sort, Filter filter, Cursor after, int limit) {
        KeysetQuery query = new KeysetQuery(
                        QuestionRow.SELECT + (filter.topicId() == null ? "" : " join p.topics filterTopic"))
                .where("p.deletedAt is null");
        if (filter.topicId() != null) {
            query.where("filterTopic.id = :topic", "topic", filter.topicId());
        }
        if (sort == QuestionSort.UNANSWERED) {
            // A closed question takes no answers, so it is not waiting for one.
            query.where("p.answerCount = 0 and p.closedAt is null");
        }
        if (filter.authorId() != null) {
            query.where("u.id = :author", "author", filter.authorId());
            if (!filter.includeAnonymous()) {
                query.where("p.anonymous = false");
            }
        }
        filter.credentials().applyTo(query, "p");
        return query.fetch(getEntityManager(), QuestionRow.class, sort, after, limit);
    }

    /**
     * Questions like this one: candidates are the 50 newest questions of each of its topics (an
     * index range per topic, question_topics_newest_idx, so the cost is bounded whatever the
     * topic's size), ranked by title similarity (pg_trgm) plus a bonus per topic shared. Never the
     * question itself, never a deleted one.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> related(UUID id, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                SELECT q.id FROM (
                    SELECT recent.question_id AS id, count(*) AS shared_topics
                    FROM question_topics mine
                    CROSS JOIN LATERAL (
                        SELECT qt.question_id FROM question_topics qt
                        WHERE qt.topic_id = mine.topic_id AND qt.question_id <> mine.question_id
                        ORDER BY qt.added_at DESC LIMIT 50) recent
                    WHERE mine.question_id = :id
                    GROUP BY recent.question_id) candidate
                JOIN questions q ON q.id = candidate.id AND q.deleted_at IS NULL
                CROSS JOIN (SELECT title FROM questions WHERE id = :id) me
                ORDER BY similarity(q.title, me.title) + 0.1 * candidate.shared_topics DESC, q.id
                LIMIT :limit
                """, UUID.class)
                .setParameter("id", id)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Live questions with their authors, in no particular order. */
    public List<QuestionRow> findLive(List<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : getEntityManager()
                        .createQuery(
                                QuestionRow.SELECT + " where p.id in :ids and p.deletedAt is null", QuestionRow.class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    /** The topics of a page of questions, in one query. */
    public Map<UUID, List<TopicRef>> topicsOf(List<UUID> questionIds) {
        Map<UUID, List<TopicRef>> topics = new HashMap<>();
        if (!questionIds.isEmpty()) {
            getEntityManager()
                    .createQuery(
                            "select q.id, t.slug, t.name from Question q join q.topics t where q.id in :ids",
                            Object[].class)
                    .setParameter("ids", questionIds)
                    .getResultStream()
                    .forEach(row -> topics.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                            .add(new TopicRef((String) row[1], (String) row[2])));
        }
        return topics;
    }

    /** With author, topics and the original of a duplicate; deleted ones too (the caller decides who may see them). */
    public Optional<Question> findWithDetails(UUID id) {
        // singleResult, not firstResult: a row limit with a collection fetch would page in memory.
        return find(
                        "select q from Question q join fetch q.author left join fetch q.topics"
                                + " left join fetch q.closedDuplicateOf where q.id = ?1",
                        id)
                .singleResultOptional();
    }

    /**
     * Locks a live question's row until the transaction ends, or says it is gone. Every change to a
     * question or its answers takes this lock first, so such changes run one after another and
     * each sees what the previous one did: counts cannot drift, a post cannot be deleted twice.
     * NO KEY UPDATE, not UPDATE: inserting an answer or a vote that references the row still goes on.
     */
    public boolean lockLive(UUID id) {
        return !lockLive(List.of(id)).isEmpty();
    }

    /** Locks the question's row as {@link #lockLive(UUID)} does, whatever its state; false if there is none. */
    public boolean lock(UUID id) {
        return !getEntityManager()
                .createNativeQuery("SELECT id FROM questions WHERE id = ?1 FOR NO KEY UPDATE", UUID.class)
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }

    /** {@link #lockLive(UUID)} for several questions at once, in id order so that two such locks never deadlock; returns the live ones. */
    @SuppressWarnings("unchecked")
    public Set<UUID> lockLive(List<UUID> ids) {
        return Set.copyOf(getEntityManager()
                .createNativeQuery(
                        "SELECT id FROM questions WHERE id IN (:ids) AND deleted_at IS NULL ORDER BY id FOR NO KEY UPDATE",
                        UUID.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** An answer arrived: one more answer, and the question is active as of then. */
    public void answerAdded(UUID questionId, Instant at) {
        getEntityManager()
                .createNativeQuery("UPDATE questions SET answer_count = answer_count + 1,"
                        + " last_activity_at = greatest(last_activity_at, ?1) WHERE id = ?2")
                .setParameter(1, at)
                .setParameter(2, questionId)
                .executeUpdate();
    }

    public void answerRemoved(UUID questionId) {
        getEntityManager()
                .createNativeQuery("UPDATE questions SET answer_count = answer_count - 1 WHERE id = ?1")
                .setParameter(1, questionId)
                .executeUpdate();
    }
}
