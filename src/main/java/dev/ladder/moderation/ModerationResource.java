package dev.ladder.moderation;

import dev.ladder.account.Role;
import dev.ladder.common.WireNames;
import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The moderators' flag queue. */
@Path("/api/v1/moderation/flags")
@RolesAllowed(Role.MODERATOR_GROUP)
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {
    private final FlagService flags;

    ModerationResource(FlagService flags) {
        this.flags = flags;
    }

    /** Flags in one status, oldest first: {@code open} is the queue, the others what was decided. */
    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<FlagView> queue(
            @QueryParam("status")
                    @DefaultValue("open")
                    @Pattern(
                            regexp = "open|dismissed|hidden|deleted",
                            message = "must be open, dismissed, hidden or deleted")
                    String status,
            @Valid @BeanParam PageRequest page) {
        return flags.queue(WireNames.parse(FlagStatus.class, status), page);
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public FlagView resolve(@PathParam("id") UUID id, @Valid @NotNull ResolveFlagRequest body) {
        return flags.resolve(id, body);
    }
}
