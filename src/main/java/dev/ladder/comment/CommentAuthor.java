package dev.ladder.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ladder.post.AuthorView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A comment's author: the two shapes of a post's author ({@link AuthorView}), plus whether they
 * wrote the question ({@code asker}) or the answer ({@code postAuthor}) commented on. The markers
 * are there only when true. An anonymous author carries one marker and that post's headline only.
 */
@Schema(oneOf = {CommentAuthor.Named.class, CommentAuthor.Anonymous.class})
public sealed interface CommentAuthor {

    boolean anonymous();

    static CommentAuthor of(AuthorView author, boolean asker, boolean postAuthor) {
        Boolean askerMark = asker ? Boolean.TRUE : null;
        Boolean postAuthorMark = postAuthor ? Boolean.TRUE : null;
        if (author instanceof AuthorView.Named named) {
            return new Named(
                    named.handle(),
                    named.displayName(),
                    named.avatarUrl(),
                    named.headline(),
                    named.companies(),
                    askerMark,
                    postAuthorMark);
        }
        return new Anonymous(((AuthorView.Anonymous) author).headline(), askerMark, postAuthorMark);
    }

    @JsonPropertyOrder({"handle", "displayName", "avatarUrl", "anonymous", "headline", "companies"})
    @Schema(name = "NamedCommentAuthor")
    record Named(
            String handle,
            String displayName,
            @JsonInclude(JsonInclude.Include.NON_NULL) String avatarUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
            List<String> companies,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean asker,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean postAuthor)
            implements CommentAuthor {
        @Override
        @JsonProperty
        public boolean anonymous() {
            return false;
        }
    }

    @JsonPropertyOrder({"anonymous", "headline"})
    @Schema(name = "AnonymousCommentAuthor")
    record Anonymous(
            @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean asker,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean postAuthor)
            implements CommentAuthor {
        @Override
        @JsonProperty
        public boolean anonymous() {
            return true;
        }
    }
}
