package dev.ladder.qa;

import dev.ladder.common.security.CurrentUser;
import dev.ladder.follow.BookmarkService;
import dev.ladder.follow.FollowService;
import dev.ladder.follow.Marked;
import dev.ladder.follow.QuestionMarks;
import dev.ladder.vote.PostKind;
import dev.ladder.vote.VoteService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The caller's own marks on a page of posts, as question and answer views show them: their vote,
 * and whether they follow or bookmarked it. Signed in, a statement for the votes and one for the
 * rest, whatever the page size; signed out, all null and no statement.
 */
@ApplicationScoped
class ReaderMarks {
    record OnQuestion(Integer myVote, Boolean following, Boolean bookmarked) {}

    record OnAnswer(Integer myVote, Boolean bookmarked) {}

    private final VoteService votes;
    private final FollowService follows;
    private final BookmarkService bookmarks;
    private final CurrentUser me;

    ReaderMarks(VoteService votes, FollowService follows, BookmarkService bookmarks, CurrentUser me) {
        this.votes = votes;
        this.follows = follows;
        this.bookmarks = bookmarks;
        this.me = me;
    }

    Function<UUID, OnQuestion> onQuestions(List<UUID> ids) {
        if (me.optionalId().isEmpty()) {
            return id -> new OnQuestion(null, null, null);
        }
        Map<UUID, Integer> myVotes = votes.myVotes(PostKind.QUESTION, ids);
        QuestionMarks marks = follows.questionMarks(ids);
        return id -> new OnQuestion(
                myVotes.get(id), marks.following().of(id), marks.bookmarked().of(id));
    }

    Function<UUID, OnAnswer> onAnswers(List<UUID> ids) {
        if (me.optionalId().isEmpty()) {
            return id -> new OnAnswer(null, null);
        }
        Map<UUID, Integer> myVotes = votes.myVotes(PostKind.ANSWER, ids);
        Marked<UUID> bookmarked = bookmarks.bookmarkedAnswers(ids);
        return id -> new OnAnswer(myVotes.get(id), bookmarked.of(id));
    }
}
