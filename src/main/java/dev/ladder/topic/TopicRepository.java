package dev.ladder.topic;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class TopicRepository implements PanacheRepository<Topic> {

    public Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** One keyset page, alphabetical or most questions first ({@link TopicSort}). */
    public List<Topic> page(TopicSort sort, Cursor after, int limit) {
        return new KeysetQuery("select p from Topic p").fetch(getEntityManager(), Topic.class, sort, after, limit);
    }

    /** The topics that have one of these slugs, by slug; unknown slugs are simply missing. */
    public Map<String, Topic> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs).stream().collect(Collectors.toMap(t -> t.slug, t -> t));
    }

    /**
     * One more question in each topic of {@code gained}, one fewer in each of {@code lost}, in one
     * statement that locks the rows in id order: two questions filed or retopiced at once then wait
     * for each other instead of deadlocking.
     */
    public void adjustQuestionCounts(Collection<Topic> gained, Collection<Topic> lost) {
        if (gained.isEmpty() && lost.isEmpty()) {
            return;
        }
        getEntityManager()
                .createNativeQuery("UPDATE topics t SET question_count = t.question_count"
                        + " + CASE WHEN t.id = ANY(?1) THEN 1 ELSE 0 END - CASE WHEN t.id = ANY(?2) THEN 1 ELSE 0 END"
                        + " FROM (SELECT id FROM topics WHERE id = ANY(?1) OR id = ANY(?2) ORDER BY id FOR NO KEY UPDATE) locked"
                        + " WHERE t.id = locked.id")
                .setParameter(1, ids(gained))
                .setParameter(2, ids(lost))
                .executeUpdate();
    }

    private static Long[] ids(Collection<Topic> topics) {
        return topics.stream().map(t -> t.id).toArray(Long[]::new);
    }
}
