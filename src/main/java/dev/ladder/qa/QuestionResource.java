package dev.ladder.qa;

import dev.ladder.account.Role;
import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.page.Sorts;
import dev.ladder.post.CredentialFilter;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
public class QuestionResource {
    private final QuestionService questions;
    private final QuestionPageService pages;

    QuestionResource(QuestionService questions, QuestionPageService pages) {
        this.questions = questions;
        this.pages = pages;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("questions")
    public Page<QuestionView> list(
            @QueryParam("topic") String topic,
            @QueryParam("author") String author,
            @Valid @BeanParam CredentialFilter credentials,
            @QueryParam("sort") @DefaultValue("newest") String sort,
            @Valid @BeanParam PageRequest page) {
        return questions.list(topic, author, credentials, Sorts.parse(QuestionSort.class, sort), page);
    }

    @POST
    @Path("questions")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@Valid @NotNull CreateQuestionRequest body, @Context UriInfo uri) {
        QuestionView view = questions.ask(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build();
    }

    /**
     * With include=answers the first page of answers (best first) comes along, with include=comments
     * the first comments of the question and of those answers: the seed page in one request.
     */
    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("questions/{id}")
    public QuestionView get(
            @PathParam("id") UUID id,
            @QueryParam("include")
                    @Pattern(
                            regexp = "(answers|comments)(,(answers|comments))?",
                            message = "must be answers, comments or answers,comments")
                    String include,
            @Valid @BeanParam PageRequest answersPage,
            @QueryParam("commentLimit") @DefaultValue("5") @Min(1) @Max(PageRequest.MAX_LIMIT) int commentLimit) {
        return pages.get(id, QuestionPageService.Include.parse(include), answersPage, commentLimit);
    }

    /** A list of at most {@code limit}, not paged: {@code nextCursor} is always null. */
    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("questions/{id}/related")
    public Page<QuestionView> related(
            @PathParam("id") UUID id, @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
        return new Page<>(questions.related(id, limit), null);
    }

    @PATCH
    @Path("questions/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionView update(
            @PathParam("id") UUID id,
            @Parameter(ref = EntityTags.IF_MATCH_PARAMETER) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateQuestionRequest body) {
        return questions.update(id, ifMatch, body);
    }

    @POST
    @Path("questions/{id}/close")
    @RolesAllowed(Role.MODERATOR_GROUP)
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionView close(@PathParam("id") UUID id, @Valid @NotNull CloseQuestionRequest body) {
        return questions.close(id, body);
    }

    @DELETE
    @Path("questions/{id}/close")
    @RolesAllowed(Role.MODERATOR_GROUP)
    public QuestionView reopen(@PathParam("id") UUID id) {
        return questions.reopen(id);
    }

    @DELETE
    @Path("questions/{id}")
    @Authenticated
    public void delete(@PathParam("id") UUID id) {
        questions.delete(id);
    }
}
