package dev.ladder.account;

import java.util.Set;

public record RoleView(String handle, Role role, Set<Role> roles) {
    static RoleView of(User user) {
        return new RoleView(user.handle, user.role, user.role.held());
    }
}
