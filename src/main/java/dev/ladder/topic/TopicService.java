package dev.ladder.topic;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.DatabaseErrors;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.follow.FollowService;
import dev.ladder.follow.Marked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class TopicService {
    private final TopicRepository topics;
    private final FollowService follows;

    TopicService(TopicRepository topics, FollowService follows) {
        this.topics = topics;
        this.follows = follows;
    }

    /** Signed in, which of the page's topics the caller follows in one statement more. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicView> list(TopicSort sort, PageRequest page) {
        return Page.ofAll(topics.page(sort, page.cursor(3), page.limit), page.limit, sort::cursorAfter, this::views);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TopicView get(String slug) {
        return view(require(slug));
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
        return view(topic);
    }

    @Transactional
    public TopicView update(String slug, UpdateTopicRequest request) {
        Topic topic = require(slug);
        request.name().ifSent(name -> topic.name = name.strip());
        request.description().ifSent(description -> topic.description = description.strip());
        return view(topic);
    }

    private List<TopicView> views(List<Topic> page) {
        Marked<Long> following =
                follows.followedTopics(page.stream().map(topic -> topic.id).toList());
        return page.stream()
                .map(topic -> TopicView.of(topic, following.of(topic.id)))
                .toList();
    }

    private TopicView view(Topic topic) {
        return views(List.of(topic)).get(0);
    }

    private static ApiException slugTaken() {
        return ApiException.conflict("A topic with that slug exists already.");
    }
}
