package dev.ladder.search;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hibernate.validator.constraints.CodePointLength;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    /** {@code q} takes web-search syntax: "quoted phrases", OR, -excluded words. */
    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<SearchHit> search(
            @QueryParam("q")
                    @NotNull(message = "must not be missing, empty or blank")
                    @NotBlank
                    @CodePointLength(max = 1000)
                    @Schema(maxLength = 1000)
                    String q,
            @QueryParam("topic") String topic,
            @QueryParam("verified") @Pattern(regexp = "true|false", message = "must be true or false") String verified,
            @Valid @BeanParam PageRequest page) {
        return search.search(q, topic, verified == null ? null : Boolean.valueOf(verified), page);
    }
}
