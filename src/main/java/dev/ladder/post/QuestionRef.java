package dev.ladder.post;

import java.util.UUID;

/** A link to a question: enough to show its title and open it. */
public record QuestionRef(UUID id, String title) {}
