package dev.ladder.post;

/** A topic as a post, a follow or a notification names it. */
public record TopicRef(String slug, String name) {}
