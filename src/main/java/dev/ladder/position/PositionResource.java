package dev.ladder.position;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The caller's company history. All of it fits one page (at most 50), so nextCursor is always null. */
@Path("/api/v1/me/positions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PositionResource {
    private final PositionService positions;

    PositionResource(PositionService positions) {
        this.positions = positions;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<PositionView> list() {
        return new Page<>(positions.mine(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Valid @NotNull CreatePositionRequest body, @Context UriInfo uri) {
        PositionView view = positions.add(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PositionView update(@PathParam("id") UUID id, @Valid @NotNull UpdatePositionRequest body) {
        return positions.update(id, body);
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") UUID id) {
        positions.delete(id);
    }
}
