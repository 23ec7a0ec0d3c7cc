package dev.ladder.privacy;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's way out: a copy of everything the account holds, and erasing it. */
@Path("/api/v1/me")
@Authenticated
public class PrivacyResource {
    private final PrivacyService privacy;

    PrivacyResource(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export() {
        return Response.ok(privacy.export(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ladder-export.json\"")
                .build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public void erase(@Valid @NotNull EraseAccountRequest body) {
        privacy.erase(body);
    }
}
