package dev.ladder.qa;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The caller's own questions, anonymous ones included, newest first: only they can see this list. */
@Path("/api/v1/me/questions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyQuestionsResource {
    private final QuestionService questions;

    MyQuestionsResource(QuestionService questions) {
        this.questions = questions;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<QuestionView> mine(@Valid @BeanParam PageRequest page) {
        return questions.mine(page);
    }
}
