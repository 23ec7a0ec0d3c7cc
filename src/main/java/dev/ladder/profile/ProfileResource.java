package dev.ladder.profile;

import dev.ladder.common.http.EntityTags;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/users/{handle}")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
    private final ProfileService profiles;

    ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public ProfileView profile(@PathParam("handle") String handle) {
        return profiles.profile(handle);
    }
}
