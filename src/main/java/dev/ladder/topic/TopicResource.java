package dev.ladder.topic;

import dev.ladder.account.Role;
import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.page.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {
    private final TopicService topics;

    TopicResource(TopicService topics) {
        this.topics = topics;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<TopicView> list(
            @QueryParam("sort") @DefaultValue("name") String sort, @Valid @BeanParam PageRequest page) {
        return topics.list(Sorts.parse(TopicSort.class, sort), page);
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("{slug}")
    public TopicView get(@PathParam("slug") String slug) {
        return topics.get(slug);
    }

    @POST
    @RolesAllowed(Role.MODERATOR_GROUP)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateTopicRequest body, @Context UriInfo uri) {
        TopicView view = topics.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.slug()).build())
                .entity(view)
                .build();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed(Role.MODERATOR_GROUP)
    @Consumes(MediaType.APPLICATION_JSON)
    public TopicView update(@PathParam("slug") String slug, @Valid @NotNull UpdateTopicRequest body) {
        return topics.update(slug, body);
    }
}
