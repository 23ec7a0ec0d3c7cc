package dev.ladder.qa;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionResource {
    private final RevisionService revisions;

    RevisionResource(RevisionService revisions) {
        this.revisions = revisions;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("questions/{id}/revisions")
    public Page<RevisionView> ofQuestion(@PathParam("id") UUID questionId, @Valid @BeanParam PageRequest page) {
        return revisions.ofQuestion(questionId, page);
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    @Path("answers/{id}/revisions")
    public Page<RevisionView> ofAnswer(@PathParam("id") UUID answerId, @Valid @BeanParam PageRequest page) {
        return revisions.ofAnswer(answerId, page);
    }
}
