package dev.ladder.notification;

import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The caller's notifications: only they can see them. */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NotificationResource {
    private final NotificationService notifications;
    private final NotificationStreams streams;

    NotificationResource(NotificationService notifications, NotificationStreams streams) {
        this.notifications = notifications;
        this.streams = streams;
    }

    @GET
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public Page<NotificationView> list(
            @QueryParam("unread") @Pattern(regexp = "true|false", message = "must be true or false") String unread,
            @Valid @BeanParam PageRequest page) {
        return notifications.list("true".equals(unread), page);
    }

    /** Polled by clients: the ETag makes an unchanged count a 304. */
    @GET
    @Path("unread-count")
    @Parameter(ref = EntityTags.IF_NONE_MATCH_PARAMETER)
    public UnreadCount unreadCount() {
        return notifications.unreadCount();
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public void markRead(@Valid @NotNull MarkReadRequest body) {
        notifications.markRead(body.upTo());
    }

    /** For a browser's EventSource, which cannot send the token: the ticket goes in the stream's URL instead. */
    @POST
    @Path("stream-tickets")
    public StreamTicket streamTicket() {
        return streams.ticket();
    }
}
