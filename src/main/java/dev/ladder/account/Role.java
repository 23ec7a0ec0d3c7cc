package dev.ladder.account;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles nest: a moderator is also a user, an admin also a moderator. The token carries them all. */
public enum Role {
    USER, MODERATOR, ADMIN;

    public static final String MODERATOR_GROUP = "moderator";
    public static final String ADMIN_GROUP = "admin";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<String> groups() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::wireName)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public static Role fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Stored lower-case, as the API shows it. */
    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<Role, String> {
        @Override
        public String convertToDatabaseColumn(Role role) {
            return role.wireName();
        }

        @Override
        public Role convertToEntityAttribute(String name) {
            return fromWireName(name);
        }
    }
}
