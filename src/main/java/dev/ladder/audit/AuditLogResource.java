package dev.ladder.audit;

import dev.ladder.account.Role;
import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The moderation log, newest first; moderators only. */
@Path("/api/v1/moderation/log")
@RolesAllowed(Role.MODERATOR_GROUP)
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {
    private final AuditLog log;

    AuditLogResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<AuditEntryView> page(@Valid @BeanParam PageRequest page) {
        return log.page(page);
    }
}
