package dev.ladder.post;

import dev.ladder.common.page.KeysetQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The filters only a career forum has: posts by their author's credentials when the post was
 * written ({@code ?company=Meta&level=Staff}), matched case-insensitively against the snapshot
 * frozen on the post. The anonymity rule lives here: an anonymous post shows only its title and
 * company stage, so it can match those two filters and never a company or a level, which would
 * tell readers something its headline hides. Whether the author was verified is on the headline,
 * anonymous or not, so {@code ?verified=true} filters both.
 */
public class CredentialFilter {
    @QueryParam("company")
    @CodePointLength(max = 100)
    @Schema(maxLength = 100)
    public String company;

    @QueryParam("title")
    @CodePointLength(max = 100)
    @Schema(maxLength = 100)
    public String title;

    @QueryParam("level")
    @CodePointLength(max = 50)
    @Schema(maxLength = 50)
    public String level;

    @QueryParam("stage")
    @CodePointLength(max = 50)
    @Schema(maxLength = 50)
    public String stage;

    /** Only posts whose author's position was verified when they wrote it ({@code true}), or only the others. */
    @QueryParam("verified")
    @Pattern(regexp = "true|false", message = "must be true or false")
    public String verified;

    /** No filter: every post matches. */
    public static CredentialFilter none() {
        return new CredentialFilter();
    }

    /** Adds its conditions to a list's query, on the post alias {@code post} (an entity with an {@code authorSnapshot}). */
    public void applyTo(KeysetQuery query, String post) {
        condition(query, post, "company", company);
        condition(query, post, "level", level);
        condition(query, post, "title", title);
        condition(query, post, "companyStage", stage);
        if (verified != null) {
            query.where(
                    post + ".authorSnapshot.verified = :credential_verified",
                    "credential_verified",
                    Boolean.valueOf(verified));
        }
        if (given(company) || given(level)) {
            query.where(post + ".anonymous = false");
        }
    }

    private static void condition(KeysetQuery query, String post, String field, String value) {
        if (given(value)) {
            String param = "credential_" + field;
            query.where(
                    "lower(" + post + ".authorSnapshot." + field + ") = lower(:" + param + ")", param, value.strip());
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
