package dev.ladder.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Admins appoint moderators and admins. The new role reaches the account's tokens at their next refresh. */
@Path("/api/v1/users/{handle}/role")
@RolesAllowed(Role.ADMIN_GROUP)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {
    private final AccountService accounts;

    RoleResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @PUT
    public RoleView change(@PathParam("handle") String handle, @Valid @NotNull ChangeRoleRequest body) {
        return accounts.changeRole(handle, Role.fromWireName(body.role()));
    }
}
