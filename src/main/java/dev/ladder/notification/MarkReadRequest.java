package dev.ladder.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Marks read every notification with an id up to {@code upTo}, the id of the newest one the client showed. */
public record MarkReadRequest(@NotNull @PositiveOrZero Long upTo) {}
