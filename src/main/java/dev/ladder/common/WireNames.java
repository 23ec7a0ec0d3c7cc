package dev.ladder.common;

import jakarta.persistence.AttributeConverter;
import java.util.Locale;

/**
 * How an enum whose constants are words shows on the wire and is stored: lower case, words joined
 * by hyphens ({@code PERSONAL_INFO} is {@code personal-info}).
 */
public final class WireNames {
    private WireNames() {}

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + name);
    }

    /** Stores such an enum by its wire name; a null column is a null value (an open question's close reason). */
    public abstract static class Converter<E extends Enum<E>> implements AttributeConverter<E, String> {
        private final Class<E> type;

        protected Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : of(value);
        }

        @Override
        public E convertToEntityAttribute(String name) {
            return name == null ? null : parse(type, name);
        }
    }
}
