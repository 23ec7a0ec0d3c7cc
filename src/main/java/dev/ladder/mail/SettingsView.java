package dev.ladder.mail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reader's mail settings. */
public record SettingsView(
        @Schema(enumeration = {"off", "daily", "weekly"}) String emailDigest, boolean emailOnAnswer) {

    /** What a reader who never changed them has. */
    static final SettingsView DEFAULTS = new SettingsView("weekly", true);
}
