package dev.ladder.qa;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** {@code duplicateOf}: the live question this one repeats, required with the reason {@code duplicate} and only with it. */
public record CloseQuestionRequest(@NotNull CloseReason reason, UUID duplicateOf) {}
