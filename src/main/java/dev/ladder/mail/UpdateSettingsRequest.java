package dev.ladder.mail;

import dev.ladder.common.http.Patch;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PATCH /me/settings, a merge patch ({@link Patch}): each field can be changed, none cleared. */
public record UpdateSettingsRequest(
        @Schema(
                implementation = String.class,
                enumeration = {"off", "daily", "weekly"})
        Patch<@NotNull @Pattern(regexp = DIGEST, message = "must be off, daily or weekly") String> emailDigest,

        @Schema(implementation = Boolean.class) Patch<@NotNull Boolean> emailOnAnswer) {

    static final String DIGEST = "^(off|daily|weekly)$";
}
