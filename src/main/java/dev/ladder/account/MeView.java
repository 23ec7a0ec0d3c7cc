package dev.ladder.account;

import java.time.Instant;
import java.util.Set;

/** The caller's own account: unlike the public profile, it includes the email. */
public record MeView(
        String handle, String displayName, String email, String avatarUrl, Set<Role> roles, Instant createdAt) {

    static MeView of(User user) {
        return new MeView(user.handle, user.displayName, user.email, user.avatarUrl, user.role.held(), user.createdAt);
    }
}
