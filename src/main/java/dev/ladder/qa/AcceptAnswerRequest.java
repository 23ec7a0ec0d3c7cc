package dev.ladder.qa;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** {@code answerId}: a live answer to the question; any other id is a 400 naming it. */
public record AcceptAnswerRequest(@NotNull UUID answerId) {}
