package dev.ladder.account;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"handle", "role", "roles"})
public record RoleView(String handle, String role, Set<String> roles) {
    static RoleView of(User user) {
        return new RoleView(user.handle, user.role.wireName(), user.role.groups());
    }
}
