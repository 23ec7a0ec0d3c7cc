package dev.ladder.follow;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * PUT follows a user, DELETE unfollows them; both idempotent, both 204. A class of its own: the
 * profiles' resource owns /api/v1/users/{handle}.
 */
@Path("/api/v1/users/{handle}/follow")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class UserFollowResource {
    private final FollowService follows;

    UserFollowResource(FollowService follows) {
        this.follows = follows;
    }

    @PUT
    public void follow(@PathParam("handle") String handle) {
        follows.follow(FollowKind.USER, handle);
    }

    @DELETE
    public void unfollow(@PathParam("handle") String handle) {
        follows.unfollow(FollowKind.USER, handle);
    }
}
