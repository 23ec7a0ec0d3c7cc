package dev.ladder.topic;

import dev.ladder.common.page.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class TopicRepository implements PanacheRepository<Topic> {

    public Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * One keyset page: alphabetical on (lower(name), slug), the topics_name_idx index, or most
     * questions first on (question_count desc, slug), topics_popular_idx.
     */
    public List<Topic> page(TopicSort sort, Cursor after, int limit) {
        String order = sort == TopicSort.NAME ? " order by lower(name), slug" : " order by questionCount desc, slug";
        if (after == null) {
            return find(order.strip()).page(0, limit + 1).list();
        }
        after.requireSort(sort.name());
        var query = sort == TopicSort.NAME
                ? find("(lower(name), slug) > (?1, ?2)" + order, after.key(1), after.key(2))
                : find("questionCount < ?1 or (questionCount = ?1 and slug > ?2)" + order, after.integer(1), after.key(2));
        return query.page(0, limit + 1).list();
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
        getEntityManager().createNativeQuery("UPDATE topics t SET question_count = t.question_count"
                + " + CASE WHEN t.id = ANY(?1) THEN 1 ELSE 0 END - CASE WHEN t.id = ANY(?2) THEN 1 ELSE 0 END"
                + " FROM (SELECT id FROM topics WHERE id = ANY(?1) OR id = ANY(?2) ORDER BY id FOR NO KEY UPDATE) locked"
                + " WHERE t.id = locked.id")
                .setParameter(1, ids(gained)).setParameter(2, ids(lost)).executeUpdate();
    }

    private static Long[] ids(Collection<Topic> topics) {
        return topics.stream().map(t -> t.id).toArray(Long[]::new);
    }

    static Cursor cursorOf(TopicSort sort, Topic topic) {
        Object key = sort == TopicSort.NAME ? topic.name.toLowerCase(Locale.ROOT) : topic.questionCount;
        return Cursor.of(sort.name(), key, topic.slug);
    }
}
