package dev.ladder.topic;

public record TopicView(String slug, String name, String description, int questionCount) {
    static TopicView of(Topic topic) {
        return new TopicView(topic.slug, topic.name, topic.description, topic.questionCount);
    }
}
