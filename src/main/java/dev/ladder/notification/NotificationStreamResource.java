package dev.ladder.notification;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's notifications live, as Server-Sent Events: an {@code unread-count} event, then a
 * {@code notification} event for each new notification, its id the event's. Signed in by the
 * bearer token or by a ticket ({@link NotificationResource#streamTicket}), so not
 * {@code @Authenticated}: {@link NotificationStreams} asks for one or the other.
 */
@Path("/api/v1/me/notifications/stream")
public class NotificationStreamResource {
    private final NotificationStreams streams;

    NotificationStreamResource(NotificationStreams streams) {
        this.streams = streams;
    }

    /** Blocking: opening a stream reads the database (the ticket, where to start, the unread count). */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @PermitAll
    @Blocking
    @APIResponse(
            responseCode = "200",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public Multi<OutboundSseEvent> stream(
            @QueryParam("ticket") @Size(max = 100) String ticket,
            @HeaderParam("Last-Event-ID")
                    @Pattern(regexp = "^[0-9]{1,18}$", message = "must be an event id this stream sent")
                    String lastEventId,
            @Context Sse sse) {
        return streams.open(ticket, lastEventId == null ? null : Long.valueOf(lastEventId), sse);
    }
}
