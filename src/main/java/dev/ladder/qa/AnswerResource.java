package dev.ladder.qa;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.page.Sorts;
import dev.ladder.post.CredentialFilter;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AnswerResource {
    private final AnswerService answers;

    AnswerResource(AnswerService answers) {
        this.answers = answers;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("questions/{id}/answers")
    public Page<AnswerView> list(
            @PathParam("id") UUID questionId,
            @QueryParam("sort") @DefaultValue("top") String sort,
            @Valid @BeanParam CredentialFilter credentials,
            @Valid @BeanParam PageRequest page) {
        return answers.list(questionId, Sorts.parse(AnswerSort.class, sort), credentials, page);
    }

    @POST
    @Path("questions/{id}/answers")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(
            @PathParam("id") UUID questionId, @Valid @NotNull CreateAnswerRequest body, @Context UriInfo uri) {
        AnswerView view = answers.answer(questionId, body);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/answers")
                        .path(view.id().toString())
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("answers/{id}")
    public AnswerView get(@PathParam("id") UUID id) {
        return answers.get(id);
    }

    @PATCH
    @Path("answers/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerView update(
            @PathParam("id") UUID id,
            @Parameter(ref = EntityTags.IF_MATCH_PARAMETER) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateAnswerRequest body) {
        return answers.update(id, ifMatch, body);
    }

    @DELETE
    @Path("answers/{id}")
    @Authenticated
    public void delete(@PathParam("id") UUID id) {
        answers.delete(id);
    }

    /** Idempotent, as votes: the same answer twice is one acceptance; another answer moves the mark. */
    @PUT
    @Path("questions/{id}/accepted-answer")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionView accept(@PathParam("id") UUID questionId, @Valid @NotNull AcceptAnswerRequest body) {
        return answers.accept(questionId, body.answerId());
    }

    @DELETE
    @Path("questions/{id}/accepted-answer")
    @Authenticated
    public QuestionView unaccept(@PathParam("id") UUID questionId) {
        return answers.unaccept(questionId);
    }
}
