package dev.ladder.moderation;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Any signed-in reader flags a question, answer or comment for the moderators. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagResource {
    private final FlagService flags;

    FlagResource(FlagService flags) {
        this.flags = flags;
    }

    @POST
    @Path("questions/{id}/flags")
    public Response flagQuestion(@PathParam("id") UUID id, @Valid @NotNull FlagRequest body) {
        return created(flags.flag(PostType.QUESTION, id, body));
    }

    @POST
    @Path("answers/{id}/flags")
    public Response flagAnswer(@PathParam("id") UUID id, @Valid @NotNull FlagRequest body) {
        return created(flags.flag(PostType.ANSWER, id, body));
    }

    @POST
    @Path("comments/{id}/flags")
    public Response flagComment(@PathParam("id") UUID id, @Valid @NotNull FlagRequest body) {
        return created(flags.flag(PostType.COMMENT, id, body));
    }

    private static Response created(FlagView flag) {
        return Response.status(Response.Status.CREATED).entity(flag).build();
    }
}
