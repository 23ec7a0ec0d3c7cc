package dev.ladder.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record ChangeRoleRequest(
        @NotNull @Pattern(regexp = "^(user|moderator|admin)$", message = "must be user, moderator or admin")
        String role) {}
