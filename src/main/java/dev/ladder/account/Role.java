package dev.ladder.account;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles nest: a moderator is also a user, an admin also a moderator. The token carries them all. */
public enum Role {
    USER,
    MODERATOR,
    ADMIN;

    public static final String MODERATOR_GROUP = "moderator";
    public static final String ADMIN_GROUP = "admin";

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it includes, lowest first. */
    public Set<Role> held() {
        return Arrays.stream(values())
                .filter(r -> r.ordinal() <= ordinal())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The token's groups: the names of the roles held. */
    public Set<String> groups() {
        return held().stream().map(Role::wireName).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
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
