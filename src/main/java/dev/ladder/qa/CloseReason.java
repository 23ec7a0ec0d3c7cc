package dev.ladder.qa;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Locale;

/** Why a moderator closed a question; on the wire and in the database as {@code off-topic} and so on. */
public enum CloseReason {
    DUPLICATE,
    OFF_TOPIC,
    NEEDS_DETAILS,
    OPINION_BASED,
    OTHER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The wire name, so a 400 for an unknown reason lists the values a client can send. */
    @Override
    public String toString() {
        return wireName();
    }

    static CloseReason fromWireName(String name) {
        return Arrays.stream(values())
                .filter(reason -> reason.wireName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown close reason: " + name));
    }

    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<CloseReason, String> {
        @Override
        public String convertToDatabaseColumn(CloseReason reason) {
            return reason == null ? null : reason.wireName();
        }

        @Override
        public CloseReason convertToEntityAttribute(String name) {
            return name == null ? null : fromWireName(name);
        }
    }
}
