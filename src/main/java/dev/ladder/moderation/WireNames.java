package dev.ladder.moderation;

import jakarta.persistence.AttributeConverter;
import java.util.Locale;

/** The moderation enums on the wire and in the database: {@code PERSONAL_INFO} is {@code personal-info}. */
final class WireNames {
    private WireNames() {}

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + name);
    }

    /** Stores such an enum by its wire name. */
    abstract static class Converter<E extends Enum<E>> implements AttributeConverter<E, String> {
        private final Class<E> type;

        Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return of(value);
        }

        @Override
        public E convertToEntityAttribute(String name) {
            return parse(type, name);
        }
    }
}
