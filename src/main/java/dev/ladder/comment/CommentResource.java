package dev.ladder.comment;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.post.CommentView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {
    private final CommentService comments;

    CommentResource(CommentService comments) {
        this.comments = comments;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("questions/{id}/comments")
    public Page<CommentView> ofQuestion(@PathParam("id") UUID questionId, @Valid @BeanParam PageRequest page) {
        return comments.ofQuestion(questionId, page);
    }

    @POST
    @Path("questions/{id}/comments")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onQuestion(
            @PathParam("id") UUID questionId, @Valid @NotNull CreateCommentRequest body, @Context UriInfo uri) {
        return created(comments.onQuestion(questionId, body), uri);
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("answers/{id}/comments")
    public Page<CommentView> ofAnswer(@PathParam("id") UUID answerId, @Valid @BeanParam PageRequest page) {
        return comments.ofAnswer(answerId, page);
    }

    @POST
    @Path("answers/{id}/comments")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onAnswer(
            @PathParam("id") UUID answerId, @Valid @NotNull CreateCommentRequest body, @Context UriInfo uri) {
        return created(comments.onAnswer(answerId, body), uri);
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("comments/{id}")
    public CommentView get(@PathParam("id") UUID id) {
        return comments.get(id);
    }

    @PATCH
    @Path("comments/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public CommentView update(@PathParam("id") UUID id, @Valid @NotNull UpdateCommentRequest body) {
        return comments.update(id, body);
    }

    @DELETE
    @Path("comments/{id}")
    @Authenticated
    public void delete(@PathParam("id") UUID id) {
        comments.delete(id);
    }

    private static Response created(CommentView view, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/comments")
                        .path(view.id().toString())
                        .build())
                .entity(view)
                .build();
    }
}
