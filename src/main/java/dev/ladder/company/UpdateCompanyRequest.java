package dev.ladder.company;

import dev.ladder.common.http.Patch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** PATCH body, a merge patch ({@link Patch}): a new name, or a new list of domains replacing the old one. */
public record UpdateCompanyRequest(
        @CodePointLength(max = 100) @Schema(implementation = String.class, maxLength = 100, pattern = "\\S")
        Patch<@NotBlank String> name,

        @Size(max = CompanyService.MAX_DOMAINS) @Schema(type = SchemaType.ARRAY, implementation = String.class)
        Patch<
                        @NotNull List<
                                @NotNull
                                @Pattern(
                                        regexp = MailDomains.PATTERN,
                                        message = "must be a domain name such as example.com")
                                String>>
                domains) {}
