package dev.ladder.topic;

/** A topic as a post lists it. */
public record TopicRef(String slug, String name) {
    public static TopicRef of(Topic topic) {
        return new TopicRef(topic.slug, topic.name);
    }
}
