package dev.ladder.topic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"slug", "name", "description", "questionCount"})
public record TopicView(String slug, String name, String description, int questionCount) {
    static TopicView of(Topic topic) {
        return new TopicView(topic.slug, topic.name, topic.description, topic.questionCount);
    }
}
