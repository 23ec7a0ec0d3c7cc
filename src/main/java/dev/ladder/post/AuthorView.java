package dev.ladder.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ladder.account.User;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The author as a post shows them: under a name, or anonymous with nothing that could link the post
 * to a person. Two shapes, told apart by {@code anonymous}, so a typed client knows a named author
 * has a handle and companies without checking.
 */
@Schema(oneOf = {AuthorView.Named.class, AuthorView.Anonymous.class})
public sealed interface AuthorView {

    boolean anonymous();

    static AuthorView of(User author, boolean anonymous, AuthorSnapshot snapshot) {
        return of(
                author.handle,
                author.displayName,
                author.avatarUrl,
                anonymous,
                snapshot.headline,
                snapshot.companies,
                snapshot.verified);
    }

    /** From the columns a list reads ({@link Post#BYLINE_COLUMNS}). */
    static AuthorView of(
            String handle,
            String displayName,
            String avatarUrl,
            boolean anonymous,
            String headline,
            String[] companies,
            boolean verified) {
        return anonymous
                ? new Anonymous(verified, headline)
                : new Named(handle, displayName, avatarUrl, verified, headline, List.of(companies));
    }

    /**
     * {@code avatarUrl} and {@code headline} are left out when the author has none; {@code verified}
     * says whether the position of the headline was verified when the post was written.
     */
    @JsonPropertyOrder({"handle", "displayName", "avatarUrl", "anonymous", "verified", "headline", "companies"})
    @Schema(name = "NamedAuthor")
    record Named(
            String handle,
            String displayName,
            @JsonInclude(JsonInclude.Include.NON_NULL) String avatarUrl,
            boolean verified,
            @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
            List<String> companies)
            implements AuthorView {
        @Override
        @JsonProperty
        public boolean anonymous() {
            return false;
        }
    }

    /**
     * Only the headline frozen on the post, left out when the author had no current position, and
     * whether that position was verified: "verified" without naming the company.
     */
    @JsonPropertyOrder({"anonymous", "verified", "headline"})
    @Schema(name = "AnonymousAuthor")
    record Anonymous(
            boolean verified,
            @JsonInclude(JsonInclude.Include.NON_NULL) String headline) implements AuthorView {
        @Override
        @JsonProperty
        public boolean anonymous() {
            return true;
        }
    }
}
