package dev.ladder.account;

import java.util.Set;

public record RoleView(String handle, String role, Set<String> roles) {
    static RoleView of(User user) {
        return new RoleView(user.handle, user.role.wireName(), user.role.groups());
    }
}
