package dev.ladder.account;

import dev.ladder.common.http.Patch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** PATCH /me, a merge patch ({@link Patch}): displayName changes but cannot be cleared; null (or the empty string) removes the avatar. */
public record UpdateMeRequest(
        @CodePointLength(min = 1, max = 80)
        @Schema(implementation = String.class, minLength = 1, maxLength = 80, pattern = "\\S")
        Patch<@NotBlank String> displayName,

        @CodePointLength(max = 500)
        @Pattern(regexp = AVATAR_URL, message = "must be an https URL")
        @Schema(implementation = String.class, maxLength = 500, pattern = AVATAR_URL)
        Patch<String> avatarUrl) {

    static final String AVATAR_URL = "^$|^https://\\S+$";
}
