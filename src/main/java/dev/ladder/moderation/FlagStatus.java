package dev.ladder.moderation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.ladder.common.WireNames;

/** Open until a moderator resolves the post's flags; then what the moderator did. */
public enum FlagStatus {
    OPEN,
    DISMISSED,
    HIDDEN,
    DELETED;

    @JsonValue
    @Override
    public String toString() {
        return WireNames.of(this);
    }

    @jakarta.persistence.Converter
    static class Converter extends WireNames.Converter<FlagStatus> {
        Converter() {
            super(FlagStatus.class);
        }
    }
}
