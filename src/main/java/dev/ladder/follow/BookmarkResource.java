package dev.ladder.follow;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** PUT bookmarks a question or an answer, DELETE removes the bookmark; both idempotent, both 204. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BookmarkResource {
    private final BookmarkService bookmarks;

    BookmarkResource(BookmarkService bookmarks) {
        this.bookmarks = bookmarks;
    }

    @PUT
    @Path("questions/{id}/bookmark")
    public void bookmarkQuestion(@PathParam("id") UUID id) {
        bookmarks.bookmarkQuestion(id);
    }

    @DELETE
    @Path("questions/{id}/bookmark")
    public void unbookmarkQuestion(@PathParam("id") UUID id) {
        bookmarks.unbookmarkQuestion(id);
    }

    @PUT
    @Path("answers/{id}/bookmark")
    public void bookmarkAnswer(@PathParam("id") UUID id) {
        bookmarks.bookmarkAnswer(id);
    }

    @DELETE
    @Path("answers/{id}/bookmark")
    public void unbookmarkAnswer(@PathParam("id") UUID id) {
        bookmarks.unbookmarkAnswer(id);
    }
}
