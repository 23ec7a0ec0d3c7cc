package dev.ladder.account;

import dev.ladder.common.security.BearerTokenIgnored;
import dev.ladder.ratelimit.AuthLimited;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/auth")
@BearerTokenIgnored
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    private final AccountService accounts;

    AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("register")
    @AuthLimited
    public Response register(@Valid @NotNull RegisterRequest body, @Context UriInfo uri) {
        TokenResponse tokens = accounts.register(body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/me").build())
                .entity(tokens)
                .build();
    }

    @POST
    @Path("login")
    @AuthLimited
    public TokenResponse login(@Valid @NotNull LoginRequest body) {
        return accounts.login(body);
    }

    @POST
    @Path("refresh")
    @AuthLimited
    public TokenResponse refresh(@Valid @NotNull RefreshTokenRequest body) {
        return accounts.refresh(body);
    }

    @POST
    @Path("logout")
    public void logout(@Valid @NotNull RefreshTokenRequest body) {
        accounts.logout(body);
    }
}
