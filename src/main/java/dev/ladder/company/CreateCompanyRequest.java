package dev.ladder.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** Domains are ASCII (MailDomains.PATTERN), so their length counts characters; any case, stored lower. */
public record CreateCompanyRequest(
        @NotBlank @CodePointLength(max = 100) @Schema(maxLength = 100)
        String name,

        @NotNull @Size(max = CompanyService.MAX_DOMAINS)
        List<
                        @NotNull
                        @Pattern(regexp = MailDomains.PATTERN, message = "must be a domain name such as example.com")
                        String>
                domains) {}
