package dev.ladder.moderation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.ladder.common.WireNames;

/** What can be flagged. Post ids are UUIDs, unique across the three. */
public enum PostType {
    QUESTION,
    ANSWER,
    COMMENT;

    @JsonValue
    @Override
    public String toString() {
        return WireNames.of(this);
    }

    @jakarta.persistence.Converter
    static class Converter extends WireNames.Converter<PostType> {
        Converter() {
            super(PostType.class);
        }
    }
}
