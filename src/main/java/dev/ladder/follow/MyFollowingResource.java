package dev.ladder.follow;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What the caller follows, newest first; {@code type} keeps one kind. Only they can see this list. */
@Path("/api/v1/me/following")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyFollowingResource {
    private final FollowService follows;

    MyFollowingResource(FollowService follows) {
        this.follows = follows;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<FollowView> following(
            @QueryParam("type") @Pattern(regexp = "question|topic|user", message = "must be question, topic or user")
                    String type,
            @Valid @BeanParam PageRequest page) {
        return follows.following(type == null ? null : FollowKind.valueOf(type.toUpperCase(Locale.ROOT)), page);
    }
}
