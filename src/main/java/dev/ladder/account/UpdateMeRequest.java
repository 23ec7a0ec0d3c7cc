package dev.ladder.account;

import dev.ladder.common.Text;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PATCH /me: a field left out (or null) stays as it is; an empty avatarUrl removes the avatar. */
public record UpdateMeRequest(
        @Size(min = 1, max = 80) @Pattern(regexp = Text.NOT_BLANK, message = "must not be blank") String displayName,
        @Size(max = 500) @Pattern(regexp = "^$|^https://\\S+$", message = "must be an https URL") String avatarUrl) {
}
