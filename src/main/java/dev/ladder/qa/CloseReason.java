package dev.ladder.qa;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.ladder.common.WireNames;

/** Why a moderator closed a question; on the wire and in the database as {@code off-topic} and so on. */
public enum CloseReason {
    DUPLICATE,
    OFF_TOPIC,
    NEEDS_DETAILS,
    OPINION_BASED,
    OTHER;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    /** The wire name, so a 400 for an unknown reason lists the values a client can send. */
    @Override
    public String toString() {
        return wireName();
    }

    @jakarta.persistence.Converter
    public static class Converter extends WireNames.Converter<CloseReason> {
        public Converter() {
            super(CloseReason.class);
        }
    }
}
