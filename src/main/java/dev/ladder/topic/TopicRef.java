package dev.ladder.topic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic as a post lists it. */
@Schema(requiredProperties = {"slug", "name"})
public record TopicRef(String slug, String name) {
    public static TopicRef of(Topic topic) {
        return new TopicRef(topic.slug, topic.name);
    }
}
