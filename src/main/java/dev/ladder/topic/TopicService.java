package dev.ladder.topic;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.DatabaseErrors;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class TopicService {
    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicView> list(TopicSort sort, PageRequest page) {
        return Page.of(topics.page(sort, page.cursor(3), page.limit), page.limit, sort::cursorAfter, TopicView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TopicView get(String slug) {
        return TopicView.of(require(slug));
    }

    /** The topic, or a 404 for a slug no topic has. */
    public Topic require(String slug) {
        return topics.findBySlug(slug).orElseThrow(() -> ApiException.notFound("No topic has that slug."));
    }

    /** Existing topics by slug, in the order asked, each once; unknown slugs are a 400 on {@code topics}. */
    public List<Topic> requireAll(List<String> slugs) {
        List<String> distinct = slugs.stream().distinct().toList();
        Map<String, Topic> found = topics.findBySlugs(distinct);
        List<String> unknown =
                distinct.stream().filter(slug -> !found.containsKey(slug)).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("topics", "unknown topic(s): " + String.join(", ", unknown));
        }
        return distinct.stream().map(found::get).toList();
    }

    /** Question counts follow a question into {@code gained} topics and out of {@code lost} ones. */
    public void adjustQuestionCounts(Collection<Topic> gained, Collection<Topic> lost) {
        topics.adjustQuestionCounts(gained, lost);
    }

    @Transactional
    public TopicView create(CreateTopicRequest request) {
        if (topics.findBySlug(request.slug()).isPresent()) {
            throw slugTaken();
        }
        Topic topic = new Topic();
        topic.slug = request.slug();
        topic.name = request.name().strip();
        topic.description = request.description().strip();
        try {
            topics.persistAndFlush(topic);
        } catch (PersistenceException e) {
            if ("topics_slug_key".equals(DatabaseErrors.violatedConstraint(e))) {
                throw slugTaken();
            }
            throw e;
        }
        return TopicView.of(topic);
    }

    @Transactional
    public TopicView update(String slug, UpdateTopicRequest request) {
        Topic topic = require(slug);
        request.name().ifSent(name -> topic.name = name.strip());
        request.description().ifSent(description -> topic.description = description.strip());
        return TopicView.of(topic);
    }

    private static ApiException slugTaken() {
        return ApiException.conflict("A topic with that slug exists already.");
    }
}
