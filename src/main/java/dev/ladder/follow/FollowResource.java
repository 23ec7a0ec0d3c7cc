package dev.ladder.follow;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** PUT follows a question, DELETE unfollows it; both idempotent, both 204. Topics, users and the list have their own paths. */
@Path("/api/v1/questions/{id}/follow")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FollowResource {
    private final FollowService follows;

    FollowResource(FollowService follows) {
        this.follows = follows;
    }

    @PUT
    public void follow(@PathParam("id") UUID id) {
        follows.follow(FollowKind.QUESTION, id.toString());
    }

    @DELETE
    public void unfollow(@PathParam("id") UUID id) {
        follows.unfollow(FollowKind.QUESTION, id.toString());
    }
}
