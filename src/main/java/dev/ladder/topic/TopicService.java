package dev.ladder.topic;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.DatabaseErrors;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class TopicService {
    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicView> list(TopicSort sort, PageRequest page) {
        return Page.of(topics.page(sort, page.cursor(3), page.limit), page.limit, t -> TopicRepository.cursorOf(sort, t),
                TopicView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TopicView get(String slug) {
        return TopicView.of(topics.requireBySlug(slug));
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
        Topic topic = topics.requireBySlug(slug);
        if (request.name() != null) {
            topic.name = request.name().strip();
        }
        if (request.description() != null) {
            topic.description = request.description().strip();
        }
        return TopicView.of(topic);
    }


    private static ApiException slugTaken() {
        return ApiException.conflict("A topic with that slug exists already.");
    }
}
