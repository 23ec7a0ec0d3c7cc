package dev.ladder.verification;

import dev.ladder.position.PositionView;
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

/** Proving one of the caller's positions with a code mailed to a work address. */
@Path("/api/v1/me/positions/{id}/verification")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerificationResource {
    private final VerificationService verifications;

    VerificationResource(VerificationService verifications) {
        this.verifications = verifications;
    }

    @POST
    public Response start(@PathParam("id") UUID id, @Valid @NotNull StartVerificationRequest body) {
        return Response.accepted(verifications.start(id, body.workEmail())).build();
    }

    @POST
    @Path("confirm")
    public PositionView confirm(@PathParam("id") UUID id, @Valid @NotNull ConfirmVerificationRequest body) {
        return verifications.confirm(id, body.code());
    }
}
