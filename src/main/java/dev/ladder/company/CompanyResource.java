package dev.ladder.company;

import dev.ladder.account.Role;
import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** The companies whose positions can be verified; moderators keep the list. */
@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {
    private final CompanyService companies;

    CompanyResource(CompanyService companies) {
        this.companies = companies;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<CompanyView> list(@Valid @BeanParam PageRequest page) {
        return companies.list(page);
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("{id}")
    public CompanyView get(@PathParam("id") UUID id) {
        return companies.get(id);
    }

    @POST
    @RolesAllowed(Role.MODERATOR_GROUP)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateCompanyRequest body, @Context UriInfo uri) {
        CompanyView view = companies.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.MODERATOR_GROUP)
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyView update(@PathParam("id") UUID id, @Valid @NotNull UpdateCompanyRequest body) {
        return companies.update(id, body);
    }
}
