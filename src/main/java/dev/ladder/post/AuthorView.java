package dev.ladder.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ladder.account.User;
import java.util.List;

/**
 * The author as a post shows them. Anonymous: only {@code {anonymous: true, headline}}, nothing
 * that could link the post to a person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorView(String handle, String displayName, String avatarUrl, boolean anonymous, String headline,
        List<String> companies) {

    public static AuthorView of(User author, boolean anonymous, AuthorSnapshot snapshot) {
        if (anonymous) {
            return new AuthorView(null, null, null, true, snapshot.headline, null);
        }
        return new AuthorView(author.handle, author.displayName, author.avatarUrl, false, snapshot.headline,
                List.of(snapshot.companies));
    }
}
