package dev.ladder.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Somebody acting on a post (commenting on it, editing it), shown as a post shows its author
 * ({@link AuthorView}) plus their role there: {@code asker} (they wrote the question) or
 * {@code postAuthor} (they wrote the answer), each present only when true. An anonymous actor is
 * the post's frozen headline and one marker, nothing else. A moderator changing somebody else's
 * post is anonymous too, with only {@code moderator}: neither who they are nor whose post it is.
 * Two kinds told apart by {@code anonymous}, so a generated client can always tell which it has.
 */
@Schema(oneOf = {Actor.Named.class, Actor.Anonymous.class})
public sealed interface Actor {

    static Actor of(AuthorView author, boolean asker, boolean postAuthor) {
        Boolean askerMark = asker ? Boolean.TRUE : null;
        Boolean postAuthorMark = postAuthor ? Boolean.TRUE : null;
        if (author instanceof AuthorView.Named named) {
            return new Named(
                    named.handle(),
                    named.displayName(),
                    named.avatarUrl(),
                    named.verified(),
                    named.headline(),
                    named.companies(),
                    askerMark,
                    postAuthorMark);
        }
        AuthorView.Anonymous anonymous = (AuthorView.Anonymous) author;
        return new Anonymous(anonymous.verified(), anonymous.headline(), askerMark, postAuthorMark, null);
    }

    /** Nobody in particular: not even whether they are verified. */
    static Actor moderator() {
        return new Anonymous(null, null, null, null, Boolean.TRUE);
    }

    @JsonPropertyOrder({"handle", "displayName", "avatarUrl", "anonymous", "verified", "headline", "companies"})
    @Schema(name = "NamedActor")
    record Named(
            String handle,
            String displayName,
            @JsonInclude(JsonInclude.Include.NON_NULL) String avatarUrl,
            boolean verified,
            @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
            List<String> companies,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean asker,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean postAuthor)
            implements Actor {
        @JsonProperty
        public boolean anonymous() {
            return false;
        }
    }

    @JsonPropertyOrder({"anonymous", "verified", "headline"})
    @Schema(name = "AnonymousActor")
    record Anonymous(
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean verified,
            @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean asker,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean postAuthor,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean moderator)
            implements Actor {
        @JsonProperty
        public boolean anonymous() {
            return true;
        }
    }
}
