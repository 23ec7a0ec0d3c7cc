package dev.ladder.topic;

import dev.ladder.common.page.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TopicRepository implements PanacheRepository<Topic> {

    public Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Alphabetical, keyset-paged on (lower(name), slug), the topics_name_idx index. */
    public List<Topic> pageByName(Cursor after, int limit) {
        var query = after == null
                ? find("order by lower(name), slug")
                : find("(lower(name), slug) > (?1, ?2) order by lower(name), slug", after.key(0), after.key(1));
        return query.page(0, limit + 1).list();
    }

    static Cursor cursorOf(Topic topic) {
        return Cursor.of(topic.name.toLowerCase(), topic.slug);
    }
}
