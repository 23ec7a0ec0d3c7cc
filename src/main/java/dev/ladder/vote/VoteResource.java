package dev.ladder.vote;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** PUT is idempotent: the same vote twice is one vote. DELETE retracts (also idempotent). */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class VoteResource {
    private final VoteService votes;

    VoteResource(VoteService votes) {
        this.votes = votes;
    }

    @PUT
    @Path("questions/{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    public VoteView voteOnQuestion(@PathParam("id") UUID id, @Valid @NotNull VoteRequest body) {
        return votes.vote(PostKind.QUESTION, id, body.value());
    }

    @DELETE
    @Path("questions/{id}/vote")
    public VoteView retractQuestionVote(@PathParam("id") UUID id) {
        return votes.retract(PostKind.QUESTION, id);
    }

    @PUT
    @Path("answers/{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    public VoteView voteOnAnswer(@PathParam("id") UUID id, @Valid @NotNull VoteRequest body) {
        return votes.vote(PostKind.ANSWER, id, body.value());
    }

    @DELETE
    @Path("answers/{id}/vote")
    public VoteView retractAnswerVote(@PathParam("id") UUID id) {
        return votes.retract(PostKind.ANSWER, id);
    }
}
