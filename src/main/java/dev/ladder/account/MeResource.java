package dev.ladder.account;

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

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final AccountService accounts;

    MeResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public MeView me() {
        return accounts.me();
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public MeView update(@Valid @NotNull UpdateMeRequest body) {
        return accounts.updateMe(body);
    }
}
