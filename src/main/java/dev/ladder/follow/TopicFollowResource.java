package dev.ladder.follow;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * PUT follows a topic, DELETE unfollows it; both idempotent, both 204. A class of its own: the
 * topics' resource owns /api/v1/topics and everything under it.
 */
@Path("/api/v1/topics/{slug}/follow")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TopicFollowResource {
    private final FollowService follows;

    TopicFollowResource(FollowService follows) {
        this.follows = follows;
    }

    @PUT
    public void follow(@PathParam("slug") String slug) {
        follows.follow(FollowKind.TOPIC, slug);
    }

    @DELETE
    public void unfollow(@PathParam("slug") String slug) {
        follows.unfollow(FollowKind.TOPIC, slug);
    }
}
