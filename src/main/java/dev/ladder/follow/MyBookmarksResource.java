package dev.ladder.follow;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The caller's bookmarks, newest first. Only they can see this list. */
@Path("/api/v1/me/bookmarks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyBookmarksResource {
    private final BookmarkService bookmarks;

    MyBookmarksResource(BookmarkService bookmarks) {
        this.bookmarks = bookmarks;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<BookmarkView> bookmarks(@Valid @BeanParam PageRequest page) {
        return bookmarks.bookmarks(page);
    }
}
