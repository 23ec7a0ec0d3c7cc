package dev.ladder.post;

import dev.ladder.account.AccountService;
import dev.ladder.account.User;
import dev.ladder.position.Position;
import dev.ladder.position.PositionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Who a post shows as its author, and what the post counts for them. The byline is frozen from
 * the author's positions when the post is written; a post shown under its author's name counts
 * on their public profile, an anonymous one never does (a count would tell who wrote it).
 */
@ApplicationScoped
public class Authorship {
    private final AccountService accounts;
    private final PositionService positions;
    private final AnonymousHeadlines headlines;

    Authorship(AccountService accounts, PositionService positions, AnonymousHeadlines headlines) {
        this.accounts = accounts;
        this.positions = positions;
        this.headlines = headlines;
    }

    /** The signed-in caller as a post they write now shows them. */
    public Byline ofCaller(boolean anonymous) {
        User author = accounts.current();
        List<Position> cv = positions.cvOf(author.id);
        return new Byline(author, anonymous, anonymous ? headlines.snapshot(cv) : AuthorSnapshot.named(cv));
    }

    /**
     * The caller, the author of {@code post}, as something they add to it shows them: an anonymous
     * post's author stays behind that post's frozen headline (a new one could tell who they are),
     * a named author shows under their name as of now.
     */
    public Byline ofAuthorOf(Post post) {
        return post.anonymous ? new Byline(post.author, true, post.authorSnapshot.copy()) : ofCaller(false);
    }

    /** A question shown under its author's name was published (+1) or withdrawn (-1). */
    public void countQuestion(Post question, int delta) {
        if (!question.anonymous) {
            accounts.adjustPostCounts(question.author.id, delta, 0);
        }
    }

    /** An answer shown under its author's name was published (+1) or withdrawn (-1). */
    public void countAnswer(Post answer, int delta) {
        if (!answer.anonymous) {
            accounts.adjustPostCounts(answer.author.id, 0, delta);
        }
    }

    /** A question was withdrawn (-1) or came back (+1): its live answers shown under a name count with it for their authors. */
    public void countAnswersOf(UUID questionId, int sign) {
        accounts.countAnswersOf(questionId, sign);
    }
}
