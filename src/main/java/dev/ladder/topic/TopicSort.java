package dev.ladder.topic;

/** The orders of the topic list: alphabetical, or most questions first. */
public enum TopicSort {
    NAME, POPULAR
}
