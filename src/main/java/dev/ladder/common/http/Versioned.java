package dev.ladder.common.http;

/**
 * A representation of a post: its entity tag starts with the version of the post's editable
 * content, which is what If-Match on PATCH compares ({@link EntityTags#requireVersion}).
 */
public interface Versioned {
    int version();
}
