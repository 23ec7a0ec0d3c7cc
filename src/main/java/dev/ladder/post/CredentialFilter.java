package dev.ladder.post;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The filters only a career forum has: posts by their author's credentials when the post was
 * written ({@code ?company=Meta&level=Staff}), matched case-insensitively against the snapshot
 * frozen on the post. The anonymity rule lives here: an anonymous post shows only its title and
 * company stage, so it can match those two filters and never a company or a level, which would
 * tell readers something its headline hides.
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

    /** No filter: every post matches. */
    public static CredentialFilter none() {
        return new CredentialFilter();
    }

    /** Adds " and ..." conditions on the post alias {@code post} (an entity with an {@code authorSnapshot}). */
    public void appendTo(StringBuilder hql, Map<String, Object> params, String post) {
        condition(hql, params, post, "company", company);
        condition(hql, params, post, "level", level);
        condition(hql, params, post, "title", title);
        condition(hql, params, post, "companyStage", stage);
        if (given(company) || given(level)) {
            hql.append(" and ").append(post).append(".anonymous = false");
        }
    }

    private static void condition(StringBuilder hql, Map<String, Object> params, String post, String field, String value) {
        if (given(value)) {
            String param = "credential_" + field;
            hql.append(" and lower(").append(post).append(".authorSnapshot.").append(field).append(") = lower(:")
                    .append(param).append(')');
            params.put(param, value.strip());
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
