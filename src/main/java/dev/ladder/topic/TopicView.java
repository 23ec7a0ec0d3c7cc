package dev.ladder.topic;

/** A topic; {@code following} is the caller's (null signed out). */
public record TopicView(String slug, String name, String description, int questionCount, Boolean following) {
    static TopicView of(Topic topic, Boolean following) {
        return new TopicView(topic.slug, topic.name, topic.description, topic.questionCount, following);
    }
}
