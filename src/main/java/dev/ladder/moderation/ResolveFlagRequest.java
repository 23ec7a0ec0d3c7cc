package dev.ladder.moderation;

import jakarta.validation.constraints.NotNull;

/** What the moderator decided for the flagged post; it resolves every open flag on it. */
public record ResolveFlagRequest(@NotNull FlagAction action) {}
