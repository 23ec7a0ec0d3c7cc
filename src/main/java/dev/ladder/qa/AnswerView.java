package dev.ladder.qa;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ladder.common.http.Versioned;
import dev.ladder.post.AuthorView;
import java.time.Instant;
import java.util.UUID;

/** An answer as readers see it; {@code myVote} and {@code canEdit} are the caller's. The version travels in the ETag. */
public record AnswerView(
        UUID id,
        UUID questionId,
        String body,
        String bodyHtml,
        AuthorView author,
        int score,
        boolean accepted,
        Integer myVote,
        boolean canEdit,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant deletedAt,
        @JsonIgnore int version)
        implements Versioned {}
