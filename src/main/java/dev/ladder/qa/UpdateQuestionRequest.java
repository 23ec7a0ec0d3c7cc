package dev.ladder.qa;

import dev.ladder.common.StrippedLength;
import dev.ladder.common.http.Patch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** PATCH body, a merge patch ({@link Patch}): every field changes, none clears. Whether the question is anonymous never changes. */
public record UpdateQuestionRequest(
        @StrippedLength(min = 10, max = 200) @Schema(implementation = String.class, minLength = 10, maxLength = 200)
        Patch<@NotNull String> title,

        @CodePointLength(min = 1, max = 30_000)
        @Schema(implementation = String.class, minLength = 1, maxLength = 30_000, pattern = "\\S")
        Patch<@NotBlank String> body,

        @Size(min = 1, max = 5) @Schema(type = SchemaType.ARRAY, implementation = String.class)
        Patch<@NotNull List<@NotNull @Size(max = 50) String>> topics) {}
