package dev.ladder.qa;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ladder.post.AuthorView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who wrote a revision. Only the post's author or a moderator edits a post: the author shows as
 * the post shows them (its frozen byline: an anonymous post's headline only) with its role marker,
 * {@code asker} on a question, {@code postAuthor} on an answer; a moderator editing somebody
 * else's post shows only as {@code moderator}, never who they are.
 */
@Schema(oneOf = {RevisionEditor.Named.class, RevisionEditor.Anonymous.class, RevisionEditor.Moderator.class})
public sealed interface RevisionEditor {

    static RevisionEditor of(AuthorView postAuthor, boolean question, boolean byModerator) {
        if (byModerator) {
            return new Moderator();
        }
        Boolean asker = question ? Boolean.TRUE : null;
        Boolean answerer = question ? null : Boolean.TRUE;
        if (postAuthor instanceof AuthorView.Named named) {
            return new Named(
                    named.handle(),
                    named.displayName(),
                    named.avatarUrl(),
                    named.headline(),
                    named.companies(),
                    asker,
                    answerer);
        }
        return new Anonymous(((AuthorView.Anonymous) postAuthor).headline(), asker, answerer);
    }

    @JsonPropertyOrder({"handle", "displayName", "avatarUrl", "anonymous", "headline", "companies"})
    @Schema(name = "NamedRevisionEditor")
    record Named(
            String handle,
            String displayName,
            @JsonInclude(JsonInclude.Include.NON_NULL) String avatarUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
            List<String> companies,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean asker,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean postAuthor)
            implements RevisionEditor {
        @JsonProperty
        public boolean anonymous() {
            return false;
        }
    }

    @JsonPropertyOrder({"anonymous", "headline"})
    @Schema(name = "AnonymousRevisionEditor")
    record Anonymous(
            @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean asker,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean postAuthor)
            implements RevisionEditor {
        @JsonProperty
        public boolean anonymous() {
            return true;
        }
    }

    @Schema(name = "ModeratorRevisionEditor")
    record Moderator() implements RevisionEditor {
        @JsonProperty
        public boolean moderator() {
            return true;
        }
    }
}
