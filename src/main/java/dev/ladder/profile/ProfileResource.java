package dev.ladder.profile;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/users/{handle}")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
    private final ProfileService profiles;

    ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    public ProfileView profile(@PathParam("handle") String handle) {
        return profiles.profile(handle);
    }
}
