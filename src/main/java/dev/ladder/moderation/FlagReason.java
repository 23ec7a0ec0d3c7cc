package dev.ladder.moderation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.ladder.common.WireNames;

/** Why a reader flags a post. */
public enum FlagReason {
    SPAM,
    HARASSMENT,
    PERSONAL_INFO,
    OFF_TOPIC,
    OTHER;

    @JsonValue
    @Override
    public String toString() {
        return WireNames.of(this);
    }

    @jakarta.persistence.Converter
    static class Converter extends WireNames.Converter<FlagReason> {
        Converter() {
            super(FlagReason.class);
        }
    }
}
