package dev.ladder.mail;

import dev.ladder.common.http.EntityTags;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The caller's mail settings. */
@Path("/api/v1/me/settings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final SettingsService settings;

    SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public SettingsView get() {
        return settings.mine();
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsView update(@Valid @NotNull UpdateSettingsRequest body) {
        return settings.update(body);
    }
}
