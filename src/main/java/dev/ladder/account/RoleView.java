package dev.ladder.account;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"handle", "role", "roles"})
public record RoleView(String handle, Role role, Set<Role> roles) {
    static RoleView of(User user) {
        return new RoleView(user.handle, user.role, user.role.held());
    }
}
