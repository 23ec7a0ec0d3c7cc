package dev.ladder.vote;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One vote per user and post; the post's score changes by the difference in the same transaction
 * as the vote row, under a lock on the post row, so concurrent votes are never lost or counted
 * twice and lists never aggregate. Votes on posts shown under the author's name also move the
 * author's reputation; votes on anonymous posts do not, or reputation would trace them.
 */
@ApplicationScoped
public class VoteService {
    private final VoteRepository votes;
    private final CurrentUser me;

    VoteService(VoteRepository votes, CurrentUser me) {
        this.votes = votes;
        this.me = me;
    }

    @Transactional
    public VoteView vote(PostKind kind, UUID postId, int value) {
        return change(me.id(), kind, postId, value);
    }

    @Transactional
    public VoteView retract(PostKind kind, UUID postId) {
        return change(me.id(), kind, postId, null);
    }

    /** The caller's votes on a page of posts; empty for a signed-out reader. */
    public Map<UUID, Integer> myVotes(PostKind kind, Collection<UUID> postIds) {
        Optional<UUID> caller = me.optionalId();
        return caller.isEmpty() ? Map.of() : votes.votesOf(kind, caller.get(), postIds);
    }

    private VoteView change(UUID voter, PostKind kind, UUID postId, Integer value) {
        VoteRepository.Outcome outcome = votes.change(kind, voter, postId, value)
                .orElseThrow(() -> ApiException.notFound("No " + kind.noun() + " has that id."));
        if (outcome.authorId().equals(voter)) {
            throw ApiException.forbidden("You cannot vote on your own " + kind.noun() + ".");
        }
        return new VoteView(outcome.score(), value);
    }
}
