package dev.ladder.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ladder.account.User;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The author as a post shows them. Anonymous: only {@code {anonymous: true, headline}}, nothing
 * that could link the post to a person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"anonymous"})
public record AuthorView(String handle, String displayName, String avatarUrl, boolean anonymous, String headline,
        List<String> companies) {

    public static AuthorView of(User author, boolean anonymous, AuthorSnapshot snapshot) {
        return of(author.handle, author.displayName, author.avatarUrl, anonymous, snapshot.headline, snapshot.companies);
    }

    /** From the columns a list reads ({@link Post#BYLINE_COLUMNS}). */
    public static AuthorView of(String handle, String displayName, String avatarUrl, boolean anonymous, String headline,
            String[] companies) {
        if (anonymous) {
            return new AuthorView(null, null, null, true, headline, null);
        }
        return new AuthorView(handle, displayName, avatarUrl, false, headline, List.of(companies));
    }
}
