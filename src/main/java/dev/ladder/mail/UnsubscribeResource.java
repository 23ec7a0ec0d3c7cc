package dev.ladder.mail;

import dev.ladder.common.security.BearerTokenIgnored;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The link in every mail, without signing in: a POST, as RFC 8058's one-click unsubscribe sends it
 * (with any body, usually {@code List-Unsubscribe=One-Click}), never a GET, which link checkers
 * and mail scanners fetch on their own. The token is the credential: an Authorization header is ignored.
 */
@Path("/api/v1/unsubscribe")
@BearerTokenIgnored
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {
    private final SettingsService settings;

    UnsubscribeResource(SettingsService settings) {
        this.settings = settings;
    }

    @POST
    @PermitAll
    public SettingsView unsubscribe(@QueryParam("token") @NotNull @Size(max = 2000) String token) {
        return settings.unsubscribe(token);
    }
}
